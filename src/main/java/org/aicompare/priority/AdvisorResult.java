package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aicompare.priority.Recommendation.TippingPoint;

/**
 * The advisor's scored result as the page shows it, formatted for the template: the
 * ranking, the verdict, what would change it, and the breakdown.
 *
 * @param ranking the models, best first
 * @param winner the winner's slug
 * @param winnerName the winner's name
 * @param runnerUpName the runner-up's name
 * @param margin the winner's lead, formatted
 * @param clear whether the lead is more than {@link Recommendation#CLEAR_MARGIN}
 * @param forWinner the priorities that give the winner more points than the runner-up
 * @param forRunnerUp the priorities that give the runner-up more points
 * @param tip the smallest change that changes the winner, or {@code null}
 * @param columns the model names in model order, the breakdown's columns
 * @param rows the breakdown, one row per selected priority
 * @param totals each model's total, formatted, in model order
 * @author aicompare
 */
public record AdvisorResult(List<Score> ranking, String winner, String winnerName, String runnerUpName, String margin,
		boolean clear, List<String> forWinner, List<String> forRunnerUp, Tip tip, List<String> columns, List<Row> rows,
		List<String> totals) {

	static AdvisorResult of(Advisor.Advice advice) {
		Recommendation recommendation = advice.recommendation();
		Map<String, String> models = advice.snapshot().models();
		Map<String, PrioritySummary> priorities = advice.snapshot().bySlug();
		String winner = recommendation.winner();
		String runnerUp = recommendation.ranking().get(1).model();
		List<Score> ranking = recommendation.ranking()
			.stream()
			.map((score) -> new Score(score.model(), models.get(score.model()), AdvisorPage.points(score.score()),
					(int) Math.round(score.score())))
			.toList();
		List<String> forWinner = new ArrayList<>();
		List<String> forRunnerUp = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		recommendation.contributions().forEach((slug, perModel) -> {
			double lead = perModel.get(winner) - perModel.get(runnerUp);
			if (lead > 0) {
				forWinner.add(priorities.get(slug).name());
			}
			else if (lead < 0) {
				forRunnerUp.add(priorities.get(slug).name());
			}
			rows.add(new Row(priorities.get(slug), recommendation.selection().get(slug),
					models.keySet().stream().map((model) -> AdvisorPage.points(perModel.get(model))).toList()));
		});
		List<String> totals = models.keySet()
			.stream()
			.map((model) -> recommendation.ranking()
				.stream()
				.filter((score) -> score.model().equals(model))
				.map((score) -> AdvisorPage.points(score.score()))
				.findFirst()
				.orElseThrow())
			.toList();
		TippingPoint point = recommendation.tippingPoint();
		Tip tip = (point != null) ? new Tip(priorities.get(point.priority()).name(), point.from(), point.to(),
				models.get(point.newWinner())) : null;
		return new AdvisorResult(ranking, winner, models.get(winner), models.get(runnerUp),
				AdvisorPage.points(recommendation.margin()), recommendation.clearWinner(), forWinner, forRunnerUp, tip,
				List.copyOf(models.values()), rows, totals);
	}

	/**
	 * One model's score.
	 *
	 * @param model the model's slug
	 * @param name the model's name
	 * @param points the score, formatted
	 * @param percent the score rounded, for the bar's width
	 */
	public record Score(String model, String name, String points, int percent) {
	}

	/**
	 * The smallest change that changes the winner.
	 *
	 * @param priority the priority's name
	 * @param from its weight now, 0 when not selected
	 * @param to the weight that changes the winner, 0 for leaving it out
	 * @param newWinner the name of the model that would lead
	 */
	public record Tip(String priority, int from, int to, String newWinner) {

		/**
		 * What kind of change it is, for the sentence that describes it.
		 * @return add, remove, raise or lower
		 */
		public String kind() {
			if (this.from == 0) {
				return "add";
			}
			if (this.to == 0) {
				return "remove";
			}
			return (this.to > this.from) ? "raise" : "lower";
		}

		public int by() {
			return Math.abs(this.to - this.from);
		}

	}

	/**
	 * One selected priority's contribution to each model.
	 *
	 * @param priority the priority, with its links to dimensions
	 * @param weight the reader's weight
	 * @param points its points for each model, formatted, in model order
	 */
	public record Row(PrioritySummary priority, int weight, List<String> points) {
	}

}
