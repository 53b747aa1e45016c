package org.aicompare.search;

/**
 * What a search result is; results are labelled by kind.
 */
public enum SearchKind {

	/** A deployment model's page. */
	MODEL,

	/** One cell of the comparison matrix. */
	MATRIX,

	/** One section of an article. */
	ARTICLE,

	/** An organisation profile. */
	ORGANISATION,

	/** A hybrid pattern's page. */
	PATTERN,

	/** An organisation's place on the decentralization spectrum, on its profile. */
	SPECTRUM

}
