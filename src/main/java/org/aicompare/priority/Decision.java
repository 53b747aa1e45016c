package org.aicompare.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A downloadable decision: the selection, the scores, the breakdown, the fragility and
 * the method version, as the JSON download carries it.
 *
 * @param methodVersion the version of the scoring method
 * @param selection the weighted priorities, in the reader's order
 * @param recommendation the winning model's slug
 * @param clearWinner whether the winner leads by more than 10 points
 * @param margin the winner's lead over the runner-up, in points
 * @param scores each model's score, best first
 * @param breakdown each priority's points for each model
 * @param tippingPoint the smallest single weight change that changes the winner, or
 * {@code null}
 * @param links the decision's own address and its page's
 * @author aicompare
 */
public record Decision(String methodVersion, List<Weighted> selection, String recommendation, boolean clearWinner,
		double margin, List<Score> scores, List<Contribution> breakdown, Recommendation.TippingPoint tippingPoint,
		Map<String, String> links) {

	static Decision of(Recommendation recommendation, String query) {
		List<Weighted> selection = new ArrayList<>();
		recommendation.selection().forEach((priority, weight) -> selection.add(new Weighted(priority, weight)));
		List<Score> scores = recommendation.ranking()
			.stream()
			.map((score) -> new Score(score.model(), round(score.score())))
			.toList();
		List<Contribution> breakdown = new ArrayList<>();
		recommendation.contributions().forEach((priority, perModel) -> {
			Map<String, Double> points = new LinkedHashMap<>();
			perModel.forEach((model, value) -> points.put(model, round(value)));
			breakdown.add(new Contribution(priority, recommendation.selection().get(priority), points));
		});
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/advisor.json?" + query);
		links.put("html", "/advisor?" + query);
		return new Decision(Advisor.METHOD_VERSION, selection, recommendation.winner(), recommendation.clearWinner(),
				round(recommendation.margin()), scores, breakdown, recommendation.tippingPoint(), links);
	}

	static double round(double points) {
		return Math.round(points * 10) / 10.0;
	}

	/**
	 * A priority with the reader's weight.
	 *
	 * @param priority the priority's slug
	 * @param weight 1, 2 or 3
	 */
	public record Weighted(String priority, int weight) {
	}

	/**
	 * A model's score.
	 *
	 * @param model the model's slug
	 * @param score from 0 to 100, to one decimal
	 */
	public record Score(String model, double score) {
	}

	/**
	 * One priority's points for each model.
	 *
	 * @param priority the priority's slug
	 * @param weight the reader's weight
	 * @param points points by model slug, to one decimal
	 */
	public record Contribution(String priority, int weight, Map<String, Double> points) {
	}

}
