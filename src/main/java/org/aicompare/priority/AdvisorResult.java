package org.aicompare.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.project.Requirement;
import org.aicompare.project.RequirementFilter;
import org.aicompare.project.RequirementStatus;

/**
 * The advisor's answer for one selection, computed once and rounded once: every number is
 * in points to one decimal by {@link #round(double)}. The advisor page, the JSON
 * download, the API's advice and the CSV are views of this record, so they agree to the
 * digit.
 *
 * @param methodVersion the version of the scoring method
 * @param selection the weighted priorities, in the reader's order
 * @param models the model slugs, in display order
 * @param scores each model's score, best first
 * @param breakdown each priority's points for each model, in the reader's order
 * @param clearWinner whether the winner leads by more than
 * {@link Recommendation#CLEAR_MARGIN}
 * @param margin the winner's lead over the runner-up
 * @param tippingPoint the smallest single weight change that changes the winner, or
 * {@code null}
 * @param organisations the organisations ranked by the same priorities, best first,
 * whatever their must-haves
 * @param selectionQuery the selection and the must-haves as the advisor's query string
 * @param requirements the slugs of the must-haves asked for, possibly none
 * @param standings each organisation against the must-haves, in the order of
 * {@code organisations}
 * @param patterns the concrete patterns ranked by the same priorities
 * @param edition the edition whose ratings it was computed with; 0 before the first
 */
public record AdvisorResult(String methodVersion, List<Weighted> selection, List<String> models, List<Score> scores,
		List<Contribution> breakdown, boolean clearWinner, double margin, Recommendation.TippingPoint tippingPoint,
		List<Score> organisations, String selectionQuery, List<String> requirements, List<Standing> standings,
		PatternRanking patterns, int edition) {

	static AdvisorResult of(Recommendation recommendation, List<Recommendation.ModelScore> organisations,
			List<String> models, PrioritySelection selection, RequirementFilter mustHaves, Recommendation patterns,
			String patternModel, int edition) {
		List<Weighted> weighted = new ArrayList<>();
		recommendation.selection().forEach((priority, weight) -> weighted.add(new Weighted(priority, weight)));
		return new AdvisorResult(Advisor.METHOD_VERSION, List.copyOf(weighted), List.copyOf(models),
				scores(recommendation.ranking()), contributions(recommendation, models), recommendation.clearWinner(),
				round(recommendation.margin()), recommendation.tippingPoint(), scores(organisations),
				selection.toQuery(mustHaves.required(), edition),
				mustHaves.required().stream().map(Requirement::slug).toList(),
				mustHaves.results().stream().map(Standing::of).toList(),
				PatternRanking.of(patterns, patternModel, recommendation), edition);
	}

	private static List<Contribution> contributions(Recommendation recommendation, List<String> columns) {
		List<Contribution> breakdown = new ArrayList<>();
		recommendation.contributions().forEach((priority, perColumn) -> {
			Map<String, Double> points = new LinkedHashMap<>();
			columns.forEach((column) -> points.put(column, round(perColumn.get(column))));
			breakdown.add(new Contribution(priority, recommendation.selection().get(priority), points));
		});
		return List.copyOf(breakdown);
	}

	/**
	 * Whether the winner and the runner-up have the same score as every view shows it.
	 * @return {@code true} for a tie, which no view may call a lead
	 */
	public boolean tie() {
		return this.margin == 0;
	}

	/**
	 * The organisations that meet every must-have (all of them when none was asked for),
	 * best first.
	 * @return their scores
	 */
	public List<Score> meetingEveryMustHave() {
		return withStatus(RequirementStatus.MET);
	}

	/**
	 * The organisations that stand so against the must-haves, best first.
	 * @param status how they stand overall
	 * @return their scores
	 */
	public List<Score> withStatus(RequirementStatus status) {
		List<String> slugs = this.standings.stream()
			.filter((standing) -> standing.status() == status)
			.map(Standing::organisation)
			.toList();
		return this.organisations.stream().filter((score) -> slugs.contains(score.model())).toList();
	}

	/**
	 * One organisation's standing against the must-haves.
	 * @param organisation its slug
	 * @return the standing
	 */
	public Standing standing(String organisation) {
		return this.standings.stream()
			.filter((standing) -> standing.organisation().equals(organisation))
			.findFirst()
			.orElseThrow();
	}

	private static List<Score> scores(List<Recommendation.ModelScore> ranking) {
		return ranking.stream().map((score) -> new Score(score.model(), round(score.score()))).toList();
	}

	/**
	 * The one rounding rule: points to one decimal, halves away from zero.
	 * @param points points as scored
	 * @return the points as every view shows them
	 */
	static double round(double points) {
		return Math.round(points * 10) / 10.0;
	}

	/**
	 * The recommended model.
	 * @return the winner's slug
	 */
	public String recommendation() {
		return this.scores.get(0).model();
	}

	/**
	 * The model that comes second.
	 * @return the runner-up's slug
	 */
	public String runnerUp() {
		return this.scores.get(1).model();
	}

	/**
	 * Each model's score in display order, the breakdown's totals.
	 * @return the scores, in the order of {@link #models()}
	 */
	public List<Score> totals() {
		Map<String, Score> byModel = new LinkedHashMap<>();
		this.scores.forEach((score) -> byModel.put(score.model(), score));
		return this.models.stream().map(byModel::get).toList();
	}

	/**
	 * The concrete patterns of a model ranked by the same priorities, with the same
	 * arithmetic and rounding as the models.
	 *
	 * @param model the slug of the model they are instances of, or {@code null} when
	 * there are none
	 * @param scores each pattern's score, best first
	 * @param breakdown each priority's points for each pattern, patterns in display order
	 * @param named whether the result's first lines name the best pattern: when the
	 * patterns' model leads, or when no model wins clearly
	 */
	@Schema(name = "PatternRanking",
			description = "The hybrid model's patterns ranked by the same priorities, with the same arithmetic.")
	public record PatternRanking(
			@Schema(description = "The model the patterns are instances of.", example = "hybrid",
					nullable = true) String model,
			@Schema(description = "Each pattern's score from 0 to 100, best first.") List<PatternScore> scores,
			@Schema(description = "Each priority's points for each pattern.") List<Contribution> breakdown,
			@Schema(description = "Whether the result names the best pattern first: its model leads or no model wins clearly.") boolean named) {

		static PatternRanking of(Recommendation patterns, String model, Recommendation models) {
			if (patterns == null) {
				return new PatternRanking(null, List.of(), List.of(), false);
			}
			List<String> order = List.copyOf(patterns.contributions().values().iterator().next().keySet());
			return new PatternRanking(model,
					patterns.ranking()
						.stream()
						.map((score) -> new PatternScore(score.model(), round(score.score())))
						.toList(),
					AdvisorResult.contributions(patterns, order),
					models.winner().equals(model) || !models.clearWinner());
		}

		/**
		 * The best-fitting pattern.
		 * @return its slug, or {@code null} when there are none
		 */
		public String best() {
			return this.scores.isEmpty() ? null : this.scores.get(0).pattern();
		}

	}

	/**
	 * A pattern's score.
	 *
	 * @param pattern the pattern's slug
	 * @param score from 0 to 100, to one decimal
	 */
	@Schema(name = "PatternScore", description = "A pattern's score.")
	public record PatternScore(@Schema(description = "The pattern's slug.") String pattern,
			@Schema(description = "The score from 0 to 100, to one decimal.") double score) {

		/**
		 * The score as the page writes it.
		 * @return the score to one decimal
		 */
		public String points() {
			return AdvisorResult.points(this.score);
		}

		/**
		 * The score as a whole number, for a bar's length.
		 * @return the score rounded
		 */
		public int percent() {
			return (int) Math.round(this.score);
		}

	}

	/**
	 * A priority with the reader's weight.
	 *
	 * @param priority the priority's slug
	 * @param weight 1, 2 or 3
	 */
	@Schema(name = "SelectedPriority", description = "A priority with the reader's weight.")
	public record Weighted(@Schema(description = "The priority's slug.") String priority,
			@Schema(description = "The reader's weight, 1 to 3.") int weight) {
	}

	/**
	 * A model's or an organisation's score.
	 *
	 * @param model the slug
	 * @param score from 0 to 100, to one decimal
	 */
	@Schema(name = "ModelScore", description = "A model's score.")
	public record Score(@Schema(description = "The model's slug.") String model,
			@Schema(description = "The score from 0 to 100, to one decimal.") double score) {

		/**
		 * The score as the page writes it.
		 * @return the score to one decimal, such as {@code 64.3}
		 */
		public String points() {
			return AdvisorResult.points(this.score);
		}

		/**
		 * The score as a whole number, for a bar's length.
		 * @return the score rounded
		 */
		public int percent() {
			return (int) Math.round(this.score);
		}

	}

	/**
	 * One priority's points for each model.
	 *
	 * @param priority the priority's slug
	 * @param weight the reader's weight
	 * @param points points by model slug, to one decimal, in display order
	 */
	@Schema(name = "Contribution", description = "One priority's points for each model.")
	public record Contribution(@Schema(description = "The priority's slug.") String priority,
			@Schema(description = "The reader's weight.") int weight,
			@Schema(description = "Points by model slug, to one decimal.") Map<String, Double> points) {

		/**
		 * How many points more it gives one model than another.
		 * @param model the one
		 * @param other the other
		 * @return the difference, negative when the other gets more
		 */
		public double lead(String model, String other) {
			return this.points.get(model) - this.points.get(other);
		}

	}

	/**
	 * One organisation against the must-haves: a sourced no sets it apart, nothing found
	 * either way leaves it unknown, never failing or passing.
	 *
	 * @param organisation its slug
	 * @param status how it stands overall: met, partly, unknown or not met
	 * @param checks how it stands on each must-have, in the must-haves' order
	 */
	@Schema(name = "MustHaveStanding", description = "An organisation against the must-haves.")
	public record Standing(@Schema(description = "The organisation's slug.") String organisation, @Schema(
			description = "Overall: MET, PARTLY, UNKNOWN (nothing found either way) or NOT_MET.") RequirementStatus status,
			@Schema(description = "Each must-have with the status and the date of the answer it rests on.") List<Check> checks) {

		static Standing of(RequirementFilter.Result result) {
			return new Standing(result.slug(), result.status(),
					result.checks()
						.stream()
						.map((check) -> new Check(check.requirement().slug(), check.status(), check.asOf()))
						.toList());
		}

	}

	/**
	 * One organisation against one must-have.
	 *
	 * @param requirement the must-have's slug
	 * @param status how it stands
	 * @param asOf the date of the answer it rests on, or {@code null} where there is none
	 */
	@Schema(name = "MustHaveCheck", description = "An organisation against one must-have.")
	public record Check(@Schema(description = "The must-have's slug.") String requirement,
			@Schema(description = "MET, PARTLY, UNKNOWN or NOT_MET.") RequirementStatus status,
			@Schema(description = "The date of the sourced answer, if any.") String asOf) {
	}

	/**
	 * Points as the page writes them.
	 * @param rounded points already rounded by {@link #round(double)}
	 * @return the points to one decimal
	 */
	static String points(double rounded) {
		return String.format(java.util.Locale.ROOT, "%.1f", rounded);
	}

}
