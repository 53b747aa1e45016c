package org.aicompare.project;

import java.util.List;

/**
 * A sourced fact the site adds to a profile, as plain values.
 *
 * @param topic what it is about
 * @param text the fact
 * @param sources the codes of its references
 * @param asOf when it was last checked
 * @param uncertain whether the notes doubt it
 */
public record FactSummary(FactTopic topic, String text, List<String> sources, String asOf, boolean uncertain) {

	public FactSummary {
		sources = List.copyOf(sources);
	}

}
