package org.aicompare.priority.guide;

/**
 * How one priority stands to another, given the answers so far.
 */
public enum Comparison {

	/** It matters more. */
	ABOVE,

	/** It matters less. */
	BELOW,

	/** About the same, said or implied, or caught in a cycle of answers. */
	SAME,

	/** The answers do not settle it yet. */
	OPEN;

	/**
	 * The same comparison seen from the other priority.
	 * @return the converse
	 */
	public Comparison converse() {
		return switch (this) {
			case ABOVE -> BELOW;
			case BELOW -> ABOVE;
			default -> this;
		};
	}

}
