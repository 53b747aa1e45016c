package org.aicompare.comparison;

import java.util.List;

/**
 * A deployment model as plain values, for the pages that name or link to it.
 *
 * @param slug the model's slug
 * @param name its name
 * @param summary the one-line summary the site adds
 * @param position its place in display order
 * @param characteristics the passages that list its key characteristics
 */
public record ModelSummary(String slug, String name, String summary, int position, List<Integer> characteristics) {

	public ModelSummary {
		characteristics = List.copyOf(characteristics);
	}

}
