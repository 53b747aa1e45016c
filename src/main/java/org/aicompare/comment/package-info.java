/**
 * Reader comments on articles and profiles, the author's replies, and their moderation.
 */
package org.aicompare.comment;
