package org.aicompare.challenge;

import java.util.Locale;

/**
 * Where a challenge stands. Every challenge but spam is listed in public.
 */
public enum ChallengeStatus {

	/** Waiting for a moderator's decision. */
	OPEN,

	/** The moderators agree; an edition of the content applies it. */
	ACCEPTED,

	/** The moderators keep the rating as it is, and say why. */
	DECLINED,

	/** Caught as spam, by screening or a moderator; never shown. */
	SPAM;

	/**
	 * The status's name in addresses and the API.
	 * @return such as {@code open}
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

}
