package org.aicompare.source;

import java.util.List;

/**
 * Lets a feature tell the sources page which passages it withholds and why: the page
 * shows that each such passage exists and the reason, never its text as if it were
 * ordinary content (the spam comment of the source's thread, an unfilled template).
 * Implementations are beans, one per feature.
 */
public interface WithheldPassages {

	/**
	 * The passages this feature withholds.
	 * @return the withheld passages, in any order
	 */
	List<Withheld> withheld();

	/**
	 * One withheld passage.
	 *
	 * @param passage the passage number
	 * @param reason the message key of the reason it is withheld
	 */
	record Withheld(int passage, String reason) {
	}

}
