package org.aicompare.project;

import java.util.List;

/**
 * A sourced fact the site adds to a profile, as plain values.
 *
 * @param topic what it is about
 * @param text the fact
 * @param sources the codes of its references
 * @param asOf the date its source gives, or the date it was checked
 * @param uncertain whether the notes doubt it
 * @param checkedOnly whether {@code asOf} is only the date it was checked, because its
 * source gives none
 * @param correction the code of the correction that fixed it, or {@code null}
 */
public record FactSummary(FactTopic topic, String text, List<String> sources, String asOf, boolean uncertain,
		boolean checkedOnly, String correction) {

	public FactSummary {
		sources = List.copyOf(sources);
	}

}
