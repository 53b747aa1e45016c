package org.aicompare.challenge;

import org.aicompare.comment.CommentRefusedException;

/**
 * A challenge that did not come from a form this site served for the rating: refused with
 * a 403 page that says why, with a link to a fresh form.
 */
class ChallengeRefusedException extends RuntimeException {

	private final CommentRefusedException.Reason reason;

	private final String ratingKey;

	ChallengeRefusedException(CommentRefusedException.Reason reason, String ratingKey) {
		super("Challenge refused: " + reason);
		this.reason = reason;
		this.ratingKey = ratingKey;
	}

	CommentRefusedException.Reason getReason() {
		return this.reason;
	}

	String getRatingKey() {
		return this.ratingKey;
	}

}
