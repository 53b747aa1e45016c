package org.aicompare.project;

import java.util.List;

import org.aicompare.comparison.ModelSummary;

/**
 * An organisation as plain values, for the pages that list, compare or profile it.
 *
 * @param slug its slug
 * @param name its name
 * @param position its place in the site's order
 * @param model the model it stands for
 * @param summary the one-line summary the site adds
 * @param says the passages in which the source speaks of it
 * @param products the products the source names, in the notes' order
 */
public record OrganisationSummary(String slug, String name, int position, ModelSummary model, String summary,
		List<Integer> says, List<ProductSummary> products) {

	public OrganisationSummary {
		says = List.copyOf(says);
		products = List.copyOf(products);
	}

	/**
	 * One product the source names.
	 *
	 * @param name its name
	 * @param cites the passages that name it
	 */
	public record ProductSummary(String name, List<Integer> cites) {

		public ProductSummary {
			cites = List.copyOf(cites);
		}

	}

}
