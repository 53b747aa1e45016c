package org.aicompare.source;

/**
 * What a passage of the source text is, as the site lays it out.
 */
public enum PassageKind {

	/** A heading of the article, including the numbered point headings. */
	HEADING,

	/** A paragraph of running text. */
	PARAGRAPH,

	/** One item of a bulleted list, without its bullet. */
	LIST_ITEM,

	/** One row of the comparison table, header row included. */
	TABLE_ROW,

	/** A reader comment or an author reply from the thread below the article. */
	COMMENT

}
