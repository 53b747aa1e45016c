/**
 * English text analysis shared by the features that compare words: search and comment
 * screening. It depends on no other package of the site.
 */
package org.aicompare.text;
