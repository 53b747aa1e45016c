package org.aicompare.priority;

/**
 * Which end of a dimension's scale a priority is served by.
 */
public enum Pole {

	/** Served by a high rating (5). */
	HIGH,

	/** Served by a low rating (1). */
	LOW

}
