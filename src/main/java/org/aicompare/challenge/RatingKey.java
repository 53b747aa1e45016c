package org.aicompare.challenge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable name of one rating on the site, as {@code kind:subject:aspect}: for example
 * {@code matrix:centralized:control} (a model on a dimension),
 * {@code organisation:openai:control}, {@code spectrum:bittensor:compute} (an axis) or
 * {@code pattern:gateway-router:control}. This class owns the format; links and the form
 * carry it in the {@code rating} parameter.
 *
 * @param kind the kind of rating
 * @param subject the slug of what is rated
 * @param aspect the slug of the dimension or axis it is rated on
 */
public record RatingKey(RatingKind kind, String subject, String aspect) {

	/** The longest key accepted. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/** How the key is written, for pages that say what is valid. */
	static final List<String> FORMATS = List.of("matrix:{model}:{dimension}", "organisation:{organisation}:{dimension}",
			"spectrum:{organisation or model}:{axis}", "pattern:{hybrid pattern}:{dimension}");

	/**
	 * Read a key.
	 * @param value the key as given, possibly {@code null}
	 * @return the key, or empty when it is not written as a key
	 */
	public static Optional<RatingKey> parse(String value) {
		if (value == null || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String[] parts = value.split(":", -1);
		if (parts.length != 3 || !SLUG.matcher(parts[1]).matches() || !SLUG.matcher(parts[2]).matches()) {
			return Optional.empty();
		}
		return RatingKind.fromSlug(parts[0]).map((kind) -> new RatingKey(kind, parts[1], parts[2]));
	}

	/**
	 * The key for a rating.
	 * @param kind the kind of rating
	 * @param subject the slug of what is rated
	 * @param aspect the slug of the dimension or axis
	 * @return the key as written, such as {@code matrix:centralized:control}
	 */
	public static String of(RatingKind kind, String subject, String aspect) {
		return new RatingKey(kind, subject, aspect).toString();
	}

	@Override
	public String toString() {
		return this.kind.slug() + ":" + this.subject + ":" + this.aspect;
	}

}
