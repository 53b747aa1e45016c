package org.aicompare.web;

/**
 * The kinds of page other features can add related links to.
 */
public enum PageKind {

	/** A deployment model's page, {@code /models/{slug}}. */
	MODEL,

	/** An article, {@code /articles/{slug}}. */
	ARTICLE,

	/** An organisation profile, {@code /projects/{slug}}. */
	PROJECT

}
