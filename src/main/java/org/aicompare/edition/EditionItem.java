package org.aicompare.edition;

/**
 * One thing an edition keeps and compares: a rating, a fact, a reference or a pattern, as
 * plain values.
 *
 * @param key what identifies it from one edition to the next, made by {@link EditionKeys}
 * @param kind what it is
 * @param owner whose it is, such as {@code organisation/openai} or
 * {@code pattern/compute-to-data}, for the pages that list their own changes
 * @param page the address of the page that shows it
 * @param pageTitle that page's name, as the list of changes groups it
 * @param subject what it is about, in words, such as {@code Centralized AI on Control}
 * @param dimension the slug of the matrix dimension a rating is on, else {@code null}
 * @param value the rating (1 to 5), the fact's text, the reference's details or a
 * fingerprint of the pattern's description
 * @param reason why, for a rating; else {@code null}
 */
public record EditionItem(String key, Kind kind, String owner, String page, String pageTitle, String subject,
		String dimension, String value, String reason) {

	/**
	 * What an item is.
	 */
	public enum Kind {

		/** A rating from 1 to 5 with its reason. */
		RATING,

		/** A sourced fact. */
		FACT,

		/** A reference facts rest on. */
		REFERENCE,

		/** A hybrid pattern's description. */
		PATTERN

	}

}
