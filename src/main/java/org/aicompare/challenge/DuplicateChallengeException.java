package org.aicompare.challenge;

/**
 * The same reason was already sent against the same rating.
 */
class DuplicateChallengeException extends RuntimeException {

	private final String ratingKey;

	DuplicateChallengeException(String ratingKey) {
		super("Challenge already sent");
		this.ratingKey = ratingKey;
	}

	String getRatingKey() {
		return this.ratingKey;
	}

}
