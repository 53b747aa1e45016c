package org.aicompare.edition;

/**
 * One difference between an edition and the one before.
 *
 * @param key what changed, as {@link EditionKeys} names it
 * @param kind a rating, fact, reference or pattern
 * @param type added, removed or changed
 * @param owner whose it is, such as {@code organisation/openai}
 * @param page the address of the page that shows it
 * @param pageTitle that page's name
 * @param subject what it is about, in words
 * @param dimension the dimension a rating is on, else {@code null}
 * @param from the value before, {@code null} when added
 * @param to the value now, {@code null} when removed
 * @param reason the reason given now (or before, when removed), for a rating
 */
public record EditionChange(String key, EditionItem.Kind kind, Type type, String owner, String page, String pageTitle,
		String subject, String dimension, String from, String to, String reason) {

	/**
	 * How a thing changed.
	 */
	public enum Type {

		/** It is new. */
		ADDED,

		/** It is gone. */
		REMOVED,

		/** It is there with another value. */
		CHANGED

	}

}
