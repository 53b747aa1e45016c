package org.aicompare.project;

/**
 * What a sourced fact about an organisation is about; facts are grouped by topic on a
 * profile.
 */
public enum FactTopic {

	/** When and by whom it was founded or launched. */
	FOUNDED,

	/** Where it is based. */
	BASE,

	/** What it does. */
	ACTIVITY,

	/** Its notable products. */
	PRODUCTS,

	/** Its token and incentive mechanism, if any. */
	TOKEN,

	/** Who decides. */
	GOVERNANCE,

	/** Notable events. */
	EVENTS

}
