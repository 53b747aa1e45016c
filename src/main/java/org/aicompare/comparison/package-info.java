/**
 * The comparison itself: the three deployment models, the dimensions of the matrix and
 * the rated, cited cells where they meet.
 */
package org.aicompare.comparison;
