package org.aicompare.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place that names the things editions compare, so the import that records an
 * edition and the pages that say "changed in edition N" agree on what is the same thing
 * from one edition to the next.
 */
public final class EditionKeys {

	private EditionKeys() {
	}

	/**
	 * A cell of the comparison matrix.
	 * @param dimension the dimension's slug
	 * @param model the model's slug
	 * @return the key
	 */
	public static String matrixRating(String dimension, String model) {
		return "matrix/" + dimension + "/" + model;
	}

	/**
	 * An organisation's own rating on a dimension (one that differs from its model's).
	 * @param organisation the organisation's slug
	 * @param dimension the dimension's slug
	 * @return the key
	 */
	public static String organisationRating(String organisation, String dimension) {
		return "organisation-rating/" + organisation + "/" + dimension;
	}

	/**
	 * A hybrid pattern's rating on a dimension.
	 * @param pattern the pattern's slug
	 * @param dimension the dimension's slug
	 * @return the key
	 */
	public static String patternRating(String pattern, String dimension) {
		return "pattern-rating/" + pattern + "/" + dimension;
	}

	/**
	 * An organisation's or a model's position on an axis of the decentralization
	 * spectrum.
	 * @param owner the organisation's or model's slug
	 * @param axis the axis's slug
	 * @return the key
	 */
	public static String spectrumPosition(String owner, String axis) {
		return "spectrum/" + owner + "/" + axis;
	}

	/**
	 * A sourced fact, known by its owner, its topic and its text: a fact whose text
	 * changes is paired with the one it replaces within the same owner and topic.
	 * @param owner the organisation's slug, or {@code general}
	 * @param topic the fact's topic
	 * @param text the fact's text
	 * @return the key
	 */
	public static String fact(String owner, String topic, String text) {
		return "fact/" + owner + "/" + topic + "/" + fingerprint(text);
	}

	/**
	 * A reference of the facts.
	 * @param code the reference's code
	 * @return the key
	 */
	public static String reference(String code) {
		return "reference/" + code;
	}

	/**
	 * A hybrid pattern's description.
	 * @param pattern the pattern's slug
	 * @return the key
	 */
	public static String pattern(String pattern) {
		return "pattern/" + pattern;
	}

	/**
	 * The owner of what belongs to an organisation's profile.
	 * @param organisation the organisation's slug
	 * @return such as {@code organisation/openai}
	 */
	public static String organisation(String organisation) {
		return "organisation/" + organisation;
	}

	/**
	 * The owner of what belongs to a pattern's page.
	 * @param pattern the pattern's slug
	 * @return such as {@code pattern/compute-to-data}
	 */
	public static String patternOwner(String pattern) {
		return "pattern/" + pattern;
	}

	/**
	 * A short fingerprint of a text, the same on every instance.
	 * @param text the text
	 * @return 16 hexadecimal digits
	 */
	public static String fingerprint(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

	/**
	 * The part of a key that a replaced fact and its replacement share.
	 * @param key a key
	 * @return the key without its last segment
	 */
	static String slot(String key) {
		return key.substring(0, key.lastIndexOf('/'));
	}

}
