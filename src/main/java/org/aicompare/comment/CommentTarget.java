package org.aicompare.comment;

/**
 * The kind of page a comment belongs to.
 */
public enum CommentTarget {

	/** An article, by its slug. */
	ARTICLE,

	/** An organisation profile, by its slug. */
	PROJECT

}
