package org.aicompare.challenge;

/**
 * A rating as it stands, as the challenge form shows it: what is rated, on what, the
 * rating and the site's reason for it.
 *
 * @param key the rating's key, as written
 * @param kind the kind of rating
 * @param subjectName the name of what is rated, such as "OpenAI"
 * @param aspectName the name of the dimension or axis, such as "Control"
 * @param rating the site's rating, from 1 to 5
 * @param reason why it has that rating
 * @param lowLabel what 1 means on this scale
 * @param highLabel what 5 means on this scale
 * @param pagePath where the rating is shown, with its anchor
 */
public record ChallengedRating(String key, RatingKind kind, String subjectName, String aspectName, int rating,
		String reason, String lowLabel, String highLabel, String pagePath) {

	/** The lowest rating on every scale the site uses. */
	public static final int MIN_RATING = 1;

	/** The highest rating on every scale the site uses. */
	public static final int MAX_RATING = 5;

}
