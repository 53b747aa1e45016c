package org.aicompare.comparison;

/**
 * Where the text of a matrix cell comes from.
 */
public enum CellKind {

	/** Word for word from the source text. */
	QUOTED,

	/** An editorial reading of the passages it cites. */
	DERIVED,

	/** A fact from the project's sourced research notes, with its references. */
	SOURCED_FACT

}
