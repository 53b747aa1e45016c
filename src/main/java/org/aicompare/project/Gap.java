package org.aicompare.project;

import java.util.Locale;

/**
 * How far what an organisation says of itself is from what the sources show.
 */
public enum Gap {

	/** The sources show what it says. */
	NONE,

	/** The sources mostly show what it says, with limits it leaves out. */
	SMALL,

	/** The sources show something else. */
	LARGE;

	/**
	 * The gap's name in content files, messages and the API ({@code small}).
	 * @return the slug
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

}
