package org.aicompare.priority;

/**
 * Which model the source associates a priority with; it groups the priorities on the
 * site.
 */
public enum Leaning {

	/** The source's "Choose centralized AI if your business values" list, and its kin. */
	CENTRALIZED,

	/**
	 * The source's "Choose decentralized AI if your priorities include" list, and its
	 * kin.
	 */
	DECENTRALIZED,

	/** What the source says a hybrid combines. */
	HYBRID

}
