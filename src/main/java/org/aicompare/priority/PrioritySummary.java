package org.aicompare.priority;

import java.util.List;

/**
 * A priority as plain values, with how it weighs the matrix's dimensions, for the advisor
 * and the pages it ranks.
 *
 * @param slug its slug
 * @param name its name
 * @param leaning which model the source associates it with
 * @param description what it means, written by the site
 * @param cites the passages it rests on
 * @param weights how it weighs each dimension
 * @param evidence what a buyer can document that also measures it, for organisations
 * @param review whether a buyer would recognise how it is measured, and why
 */
public record PrioritySummary(String slug, String name, Leaning leaning, String description, List<Integer> cites,
		List<Link> weights, List<EvidenceLink> evidence, String review) {

	public PrioritySummary {
		cites = List.copyOf(cites);
		weights = List.copyOf(weights);
		evidence = List.copyOf(evidence);
	}

	static PrioritySummary of(Priority priority) {
		return new PrioritySummary(priority.getSlug(), priority.getName(), priority.getLeaning(),
				priority.getDescription(), priority.getCites(),
				priority.getWeights()
					.stream()
					.map((weight) -> new Link(weight.getDimension().getSlug(), weight.getDimension().getName(),
							weight.getDimension().getQuestion(), weight.getWeight(), weight.getPrefers(),
							weight.getCites()))
					.toList(),
				priority.getEvidence(), priority.getReview());
	}

	/**
	 * How the priority weighs one dimension.
	 *
	 * @param dimension the dimension's slug
	 * @param dimensionName the dimension's name
	 * @param dimensionQuestion what the dimension measures, as its question puts it; it
	 * tells the matrix's Security (withstanding failure and shutdown) from information
	 * security
	 * @param weight how much it counts, 1 to 3
	 * @param prefers which end of the dimension's scale serves the priority
	 * @param cites the passages the weight rests on
	 */
	public record Link(String dimension, String dimensionName, String dimensionQuestion, int weight, Pole prefers,
			List<Integer> cites) {

		public Link {
			cites = List.copyOf(cites);
		}

	}

}
