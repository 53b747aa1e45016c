package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aicompare.priority.Recommendation.TippingPoint;

/**
 * What the advisor page shows, formatted for the template: the form's priorities grouped
 * by leaning, the presets, any bad values, and the result with its arithmetic.
 *
 * @param groups the priorities by leaning, each marked selected or not with its weight
 * @param presets the presets, each with the query that selects it
 * @param problems the values that were not taken
 * @param validSlugs every priority slug
 * @param selectionQuery the valid selection as a query string
 * @param result the result, or {@code null}
 * @param matches the organisations ranked by the same priorities, best first
 * @author aicompare
 */
public record AdvisorPage(List<Group> groups, List<PresetLink> presets, List<PrioritySelection.Problem> problems,
		List<String> validSlugs, String selectionQuery, Result result, List<Match> matches) {

	static AdvisorPage of(Advisor.Advice advice, List<Preset> presets) {
		Map<String, Integer> selected = advice.reading().selection().weights();
		List<Group> groups = Arrays.stream(Leaning.values())
			.map((leaning) -> new Group(leaning,
					advice.snapshot()
						.priorities()
						.stream()
						.filter((priority) -> priority.getLeaning() == leaning)
						.map((priority) -> new Option(priority, selected.containsKey(priority.getSlug()),
								selected.getOrDefault(priority.getSlug(), 1)))
						.toList()))
			.toList();
		List<PresetLink> presetLinks = presets.stream()
			.map((preset) -> new PresetLink(preset.getSlug(), preset.getName(), preset.getRationale(),
					"priority=" + preset.getSelection().replace(",", "&priority=")))
			.toList();
		Result result = (advice.hasResult()) ? Result.of(advice) : null;
		Map<String, AdvisorData.Organisations.Profile> profiles = advice.snapshot().organisations().profiles();
		List<Match> matches = advice.matches()
			.stream()
			.map((score) -> new Match(profiles.get(score.model()), points(score.score()),
					(int) Math.round(score.score())))
			.toList();
		return new AdvisorPage(groups, presetLinks, advice.reading().problems(), List.copyOf(advice.snapshot().slugs()),
				advice.reading().selection().toQuery(), result, matches);
	}

	static String points(double score) {
		return String.format(Locale.ROOT, "%.1f", score);
	}

	/**
	 * The priorities of one leaning.
	 *
	 * @param leaning the leaning
	 * @param options its priorities
	 */
	public record Group(Leaning leaning, List<Option> options) {
	}

	/**
	 * An organisation ranked by the reader's priorities.
	 *
	 * @param profile the organisation, with the ratings that differ from its model's
	 * @param points its score, formatted
	 * @param percent its score rounded
	 */
	public record Match(AdvisorData.Organisations.Profile profile, String points, int percent) {
	}

	/**
	 * One priority in the form.
	 *
	 * @param priority the priority, with its weights
	 * @param selected whether the reader selected it
	 * @param weight its weight, 1 when not selected
	 */
	public record Option(Priority priority, boolean selected, int weight) {
	}

	/**
	 * A preset and the query that selects it.
	 *
	 * @param slug the preset's slug
	 * @param name its name
	 * @param rationale why
	 * @param query the advisor query it stands for
	 */
	public record PresetLink(String slug, String name, String rationale, String query) {
	}

	/**
	 * The scored result.
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
	 */
	public record Result(List<Score> ranking, String winner, String winnerName, String runnerUpName, String margin,
			boolean clear, List<String> forWinner, List<String> forRunnerUp, Tip tip, List<String> columns,
			List<Row> rows, List<String> totals) {

		static Result of(Advisor.Advice advice) {
			Recommendation recommendation = advice.recommendation();
			Map<String, String> models = advice.snapshot().models();
			Map<String, Priority> priorities = advice.snapshot().bySlug();
			String winner = recommendation.winner();
			String runnerUp = recommendation.ranking().get(1).model();
			List<Score> ranking = recommendation.ranking()
				.stream()
				.map((score) -> new Score(score.model(), models.get(score.model()), points(score.score()),
						(int) Math.round(score.score())))
				.toList();
			List<String> forWinner = new ArrayList<>();
			List<String> forRunnerUp = new ArrayList<>();
			List<Row> rows = new ArrayList<>();
			recommendation.contributions().forEach((slug, perModel) -> {
				double lead = perModel.get(winner) - perModel.get(runnerUp);
				if (lead > 0) {
					forWinner.add(priorities.get(slug).getName());
				}
				else if (lead < 0) {
					forRunnerUp.add(priorities.get(slug).getName());
				}
				rows.add(new Row(priorities.get(slug), recommendation.selection().get(slug),
						models.keySet().stream().map((model) -> points(perModel.get(model))).toList()));
			});
			List<String> totals = models.keySet()
				.stream()
				.map((model) -> recommendation.ranking()
					.stream()
					.filter((score) -> score.model().equals(model))
					.map((score) -> points(score.score()))
					.findFirst()
					.orElseThrow())
				.toList();
			TippingPoint point = recommendation.tippingPoint();
			Tip tip = (point != null) ? new Tip(priorities.get(point.priority()).getName(), point.from(), point.to(),
					models.get(point.newWinner())) : null;
			return new Result(ranking, winner, models.get(winner), models.get(runnerUp),
					points(recommendation.margin()), recommendation.clearWinner(), forWinner, forRunnerUp, tip,
					List.copyOf(models.values()), rows, totals);
		}

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
	public record Row(Priority priority, int weight, List<String> points) {
	}

}
