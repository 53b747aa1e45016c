package org.aicompare.challenge;

/**
 * The same sender sent a challenge sooner than the site allows.
 */
class ChallengeFloodException extends RuntimeException {

	private final String ratingKey;

	private final long retryAfterSeconds;

	ChallengeFloodException(String ratingKey, long retryAfterSeconds) {
		super("Challenge sent too soon after the last one from the same sender");
		this.ratingKey = ratingKey;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	String getRatingKey() {
		return this.ratingKey;
	}

	long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
