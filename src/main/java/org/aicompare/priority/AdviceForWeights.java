package org.aicompare.priority;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The advisor for weights that were not typed into its form (the guide derives them from
 * answers): the priorities it offers, and its result for given weights, in the shape the
 * advisor's page shows it. The guide reaches the advisor through this class only.
 */
@Service
public class AdviceForWeights {

	private final Advisor advisor;

	private final AdvisorData data;

	public AdviceForWeights(Advisor advisor, AdvisorData data) {
		this.advisor = advisor;
		this.data = data;
	}

	/**
	 * The priorities a reader may weigh, in the advisor's order.
	 * @return each priority's slug, name, meaning, leaning and passages
	 */
	public List<Offered> priorities() {
		return this.data.load()
			.priorities()
			.stream()
			.map((priority) -> new Offered(priority.slug(), priority.name(), priority.description(), priority.leaning(),
					priority.cites()))
			.toList();
	}

	/**
	 * The advisor's result for weights.
	 * @param weights weight from 1 to 3 by priority slug
	 * @return the result as the advisor's page shows it
	 */
	public Result advise(Map<String, Integer> weights) {
		PrioritySelection selection = new PrioritySelection(weights);
		AdvisorPage page = AdvisorPage.of(this.advisor.advise(selection.values()), List.of());
		if (page.result() == null) {
			throw new IllegalArgumentException("No result for " + weights + ": " + page.problems());
		}
		return new Result(page.result(), page.matches(), page.selectionQuery(), selection.advisorAddress());
	}

	/**
	 * A priority the advisor offers.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param description what it means, in one line
	 * @param leaning which model the source associates it with
	 * @param cites the passages where the source names it
	 */
	public record Offered(String slug, String name, String description, Leaning leaning, List<Integer> cites) {
	}

	/**
	 * The advisor's result for some weights.
	 *
	 * @param result the scores, verdict, tipping point and breakdown
	 * @param matches the organisations ranked by the same weights
	 * @param selectionQuery the weights as the advisor's query string
	 * @param advisorLink the advisor's page with these weights, to adjust them by hand
	 */
	public record Result(AdvisorPage.Result result, List<AdvisorPage.Match> matches, String selectionQuery,
			String advisorLink) {
	}

}
