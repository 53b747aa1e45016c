package org.aicompare.project;

/**
 * What the research found in answer to a {@link BuyerQuestion}. Only a sourced statement
 * makes a {@link #YES}, {@link #PARTLY} or {@link #NO}; what the research did not find is
 * {@link #NONE_FOUND}, never a no.
 */
public enum Finding {

	/** A source says so. */
	YES,

	/** A source says so for part of the offer, or with conditions. */
	PARTLY,

	/** A source says it does not. */
	NO,

	/** The research found no source either way, as of the answer's date. */
	NONE_FOUND,

	/** The answer is a description, not a yes or no (how it is priced, who runs it). */
	DESCRIBED;

	/**
	 * Whether this finding states something a source must back.
	 * @return {@code true} unless nothing was found
	 */
	public boolean needsSource() {
		return this != NONE_FOUND;
	}

	/**
	 * How far this finding documents what was asked, as the advisor counts it: a yes 1, a
	 * partly one half, anything else 0, since what is not documented cannot be relied on.
	 * @return 1, 0.5 or 0
	 */
	public double documented() {
		return switch (this) {
			case YES -> 1.0;
			case PARTLY -> 0.5;
			case NO, NONE_FOUND, DESCRIBED -> 0.0;
		};
	}

}
