package org.aicompare.project;

import java.util.Collection;

/**
 * How an organisation stands against what a buyer requires. "Unknown" (nothing sourced
 * either way) is kept apart from "does not meet" (a source says no).
 */
public enum RequirementStatus {

	/** A source says it does. */
	MET,

	/** A source says it does in part or with conditions. */
	PARTLY,

	/** Nothing found either way. */
	UNKNOWN,

	/** A source says it does not. */
	NOT_MET;

	/**
	 * How an organisation stands against several requirements: a sourced no outweighs an
	 * unknown, which outweighs a partly; it meets them only if it meets each.
	 * @param statuses the status for each requirement
	 * @return the overall status; {@link #MET} for none
	 */
	public static RequirementStatus ofAll(Collection<RequirementStatus> statuses) {
		return statuses.stream().max(Enum::compareTo).orElse(MET);
	}

}
