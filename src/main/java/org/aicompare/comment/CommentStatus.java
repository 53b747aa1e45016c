package org.aicompare.comment;

/**
 * Where a comment stands in moderation. Only published comments reach a page.
 */
public enum CommentStatus {

	/** Waiting for a moderator. */
	PENDING,

	/** Shown on its page. */
	PUBLISHED,

	/** Turned down by a moderator. */
	REJECTED,

	/** Caught as spam; never shown. */
	SPAM

}
