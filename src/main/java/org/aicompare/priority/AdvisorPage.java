package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aicompare.edition.ChangesPage;
import org.aicompare.priority.Recommendation.TippingPoint;
import org.aicompare.project.Requirement;
import org.aicompare.project.RequirementStatus;

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
 * @param matches the organisations ranked by the same priorities, best first, each with
 * how it stands against the must-haves
 * @param mustHaves every requirement the reader can make a must-have, ticked or not
 * @param edition the edition the result is computed under; 0 before the first
 * @param older how the result differs from today's when it is computed under an older
 * edition, else {@code null}
 */
public record AdvisorPage(List<Group> groups, List<PresetLink> presets, List<PrioritySelection.Problem> problems,
		List<String> validSlugs, String selectionQuery, Result result, List<Match> matches,
		List<MustHaveOption> mustHaves, int edition, Older older) {

	static AdvisorPage of(Advisor.Advice advice, List<PresetLink> presetLinks) {
		Map<String, Integer> selected = advice.reading().selection().weights();
		List<Group> groups = Arrays.stream(Leaning.values())
			.map((leaning) -> new Group(leaning,
					advice.snapshot()
						.priorities()
						.stream()
						.filter((priority) -> priority.leaning() == leaning)
						.map((priority) -> new Option(priority, selected.containsKey(priority.slug()),
								selected.getOrDefault(priority.slug(), 1)))
						.toList()))
			.toList();
		AdvisorResult result = advice.result();
		Map<String, AdvisorData.Organisations.Profile> profiles = advice.snapshot().organisations().profiles();
		List<Match> matches = (result != null) ? result.organisations()
			.stream()
			.map((score) -> new Match(profiles.get(score.model()), score.points(), score.percent(),
					result.standing(score.model()).status(), result.standing(score.model()).checks()))
			.toList() : List.of();
		Advisor.Audit audit = advice.audit();
		return new AdvisorPage(groups, presetLinks, advice.reading().problems(), List.copyOf(advice.snapshot().slugs()),
				advice.reading().selection().toQuery(advice.required(), audit.edition()),
				(result != null) ? Result.of(result, advice.snapshot()) : null, matches,
				Arrays.stream(Requirement.values())
					.map((requirement) -> new MustHaveOption(requirement, advice.required().contains(requirement)))
					.toList(),
				audit.edition(),
				(result != null && audit.today() != null) ? Older.of(result, audit, advice.snapshot()) : null);
	}

	/**
	 * The same page with nothing ticked in its form, no priority, weight or must-have:
	 * the form the advisor renders once per revision and ticks for each mix.
	 * @return the page with its form unticked
	 */
	AdvisorPage withFormUnticked() {
		List<Group> unticked = this.groups.stream()
			.map((group) -> new Group(group.leaning(),
					group.options().stream().map((option) -> new Option(option.priority(), false, 0)).toList()))
			.toList();
		List<MustHaveOption> none = this.mustHaves.stream()
			.map((option) -> new MustHaveOption(option.requirement(), false))
			.toList();
		return new AdvisorPage(unticked, this.presets, this.problems, this.validSlugs, this.selectionQuery, this.result,
				this.matches, none, this.edition, this.older);
	}

	/**
	 * The inputs the form ticks, each as the {@code name=value} pair it submits: the
	 * selected priorities, every priority's weight and the must-haves.
	 * @return the ticked inputs
	 */
	Set<String> tickedInputs() {
		Set<String> ticked = new java.util.HashSet<>();
		for (Group group : this.groups) {
			for (Option option : group.options()) {
				String slug = option.priority().slug();
				if (option.selected()) {
					ticked.add(PrioritySelection.PARAMETER + "=" + slug);
				}
				ticked.add(PrioritySelection.WEIGHT_FIELD + slug + "=" + option.weight());
			}
		}
		this.mustHaves.stream()
			.filter(MustHaveOption::checked)
			.forEach((option) -> ticked.add(Requirement.PARAMETER + "=" + option.requirement().slug()));
		return ticked;
	}

	/**
	 * A result computed under an older edition, beside today's.
	 *
	 * @param current the newest edition's number
	 * @param models each model's score then and now, in the order of the old ranking
	 * @param todayWinnerName the model recommended today
	 * @param sameWinner whether today's recommendation is the one made then
	 * @param todayQuery the query of today's result, under the newest edition
	 * @param changes the rating changes since, on the dimensions the selected priorities
	 * rest on, oldest first
	 */
	public record Older(int current, List<Compared> models, String todayWinnerName, boolean sameWinner,
			String todayQuery, List<ChangesPage.OwnChange> changes) {

		static Older of(AdvisorResult then, Advisor.Audit audit, AdvisorData.Snapshot snapshot) {
			AdvisorResult today = audit.today();
			Map<String, String> now = new java.util.HashMap<>();
			today.scores().forEach((score) -> now.put(score.model(), AdvisorResult.points(score.score())));
			List<Compared> models = then.scores()
				.stream()
				.map((score) -> new Compared(snapshot.models().get(score.model()), AdvisorResult.points(score.score()),
						now.get(score.model())))
				.toList();
			return new Older(audit.current(), models, snapshot.models().get(today.recommendation()),
					today.recommendation().equals(then.recommendation()), today.selectionQuery(), audit.changes());
		}

	}

	/**
	 * One model's score under an older edition and today.
	 *
	 * @param name the model's name
	 * @param then its score then, to one decimal
	 * @param now its score today, to one decimal
	 */
	public record Compared(String name, String then, String now) {
	}

	/**
	 * The result as the page writes it: the {@link AdvisorResult}'s numbers as text, with
	 * the names of the models and priorities.
	 *
	 * @param ranking the models, best first
	 * @param winner the winner's slug
	 * @param winnerName the winner's name
	 * @param runnerUpName the runner-up's name
	 * @param margin the winner's lead
	 * @param clear whether the lead is more than {@link Recommendation#CLEAR_MARGIN}
	 * @param forWinner the priorities that give the winner more points than the runner-up
	 * @param forRunnerUp the priorities that give the runner-up more points
	 * @param tip the smallest change that changes the winner, or {@code null}
	 * @param columns the model names in model order, the breakdown's columns
	 * @param rows the breakdown, one row per selected priority
	 * @param totals each model's total in model order
	 * @param tie whether the winner and the runner-up have the same score as shown
	 * @param requirements the must-haves asked for, possibly none
	 * @param best up to three organisations that meet every must-have (every organisation
	 * when none was asked for), best first
	 * @param unknownCount how many organisations are unknown on at least one must-have
	 * and fail none
	 * @param winnerUnmet whether must-haves were asked for and no organisation of the
	 * recommended model is documented to meet them all
	 * @param patterns the concrete patterns ranked by the same priorities, best first
	 * @param bestPattern the best pattern when the result's first lines name it (its
	 * model leads or no model wins clearly), else {@code null}
	 * @param patternModelName the name of the model the patterns are instances of
	 * @param patternColumns the pattern names in display order, the pattern breakdown's
	 * columns
	 * @param patternRows the pattern breakdown, one row per selected priority
	 * @param patternTotals each pattern's total in display order
	 * @param edition the edition it was computed under; 0 before the first
	 */
	public record Result(List<Ranked> ranking, String winner, String winnerName, String runnerUpName, String margin,
			boolean clear, List<String> forWinner, List<String> forRunnerUp, Tip tip, List<String> columns,
			List<Row> rows, List<String> totals, boolean tie, List<Requirement> requirements, List<Ranked> best,
			int unknownCount, boolean winnerUnmet, List<RankedPattern> patterns, RankedPattern bestPattern,
			String patternModelName, List<String> patternColumns, List<Row> patternRows, List<String> patternTotals,
			int edition) {

		/** How many organisations the first lines name at most. */
		static final int BEST = 3;

		static Result of(AdvisorResult result, AdvisorData.Snapshot snapshot) {
			Map<String, String> models = snapshot.models();
			Map<String, PrioritySummary> priorities = snapshot.bySlug();
			String winner = result.recommendation();
			String runnerUp = result.runnerUp();
			List<String> forWinner = new ArrayList<>();
			List<String> forRunnerUp = new ArrayList<>();
			List<Row> rows = new ArrayList<>();
			for (AdvisorResult.Contribution contribution : result.breakdown()) {
				PrioritySummary priority = priorities.get(contribution.priority());
				double lead = contribution.lead(winner, runnerUp);
				if (lead > 0) {
					forWinner.add(priority.name());
				}
				else if (lead < 0) {
					forRunnerUp.add(priority.name());
				}
				rows.add(new Row(priority, contribution.weight(),
						contribution.points().values().stream().map(AdvisorResult::points).toList()));
			}
			TippingPoint point = result.tippingPoint();
			Tip tip = (point != null) ? new Tip(priorities.get(point.priority()).name(), point.from(), point.to(),
					models.get(point.newWinner())) : null;
			AdvisorResult.PatternRanking ranking = result.patterns();
			Map<String, PatternRatings.RatedPattern> patterns = snapshot.patterns().patterns();
			List<RankedPattern> ranked = ranking.scores()
				.stream()
				.map((score) -> new RankedPattern(score.pattern(), patterns.get(score.pattern()).name(),
						patterns.get(score.pattern()).path(), score.points(), score.percent()))
				.toList();
			List<Row> patternRows = ranking.breakdown()
				.stream()
				.map((contribution) -> new Row(priorities.get(contribution.priority()), contribution.weight(),
						contribution.points().values().stream().map(AdvisorResult::points).toList()))
				.toList();
			List<String> patternColumns = ranking.breakdown().isEmpty() ? List.of()
					: ranking.breakdown()
						.get(0)
						.points()
						.keySet()
						.stream()
						.map((slug) -> patterns.get(slug).name())
						.toList();
			Map<String, AdvisorResult.PatternScore> byPattern = new java.util.LinkedHashMap<>();
			ranking.scores().forEach((score) -> byPattern.put(score.pattern(), score));
			List<String> patternTotals = ranking.breakdown().isEmpty() ? List.of()
					: ranking.breakdown()
						.get(0)
						.points()
						.keySet()
						.stream()
						.map((slug) -> byPattern.get(slug).points())
						.toList();
			return new Result(
					result.scores()
						.stream()
						.map((score) -> new Ranked(score.model(), models.get(score.model()), score.points(),
								score.percent()))
						.toList(),
					winner, models.get(winner), models.get(runnerUp), AdvisorResult.points(result.margin()),
					result.clearWinner(), forWinner, forRunnerUp, tip,
					result.models().stream().map(models::get).toList(), rows,
					result.totals().stream().map(AdvisorResult.Score::points).toList(), result.tie(),
					result.requirements().stream().map(Requirement::ofSlug).toList(),
					result.meetingEveryMustHave()
						.stream()
						.limit(BEST)
						.map((score) -> new Ranked(score.model(),
								snapshot.organisations().profiles().get(score.model()).name(), score.points(),
								score.percent()))
						.toList(),
					result.withStatus(RequirementStatus.UNKNOWN).size(),
					!result.requirements().isEmpty() && result.meetingEveryMustHave()
						.stream()
						.map((score) -> snapshot.organisations().profiles().get(score.model()))
						.noneMatch((profile) -> profile.model().equals(winner)),
					ranked, (ranking.named() && !ranked.isEmpty()) ? ranked.get(0) : null,
					(ranking.model() != null) ? models.get(ranking.model()) : null, patternColumns, patternRows,
					patternTotals, result.edition());
		}

		/**
		 * The best organisations as the first lines name them.
		 * @return such as {@code OpenAI (71.2), Amazon AI (70.0)}
		 */
		public String bestNames() {
			return String.join(", ",
					this.best.stream().map((each) -> each.name() + " (" + each.points() + ")").toList());
		}

	}

	/**
	 * One model's score.
	 *
	 * @param model the model's slug
	 * @param name the model's name
	 * @param points the score, to one decimal
	 * @param percent the score rounded, for the bar's length
	 */
	public record Ranked(String model, String name, String points, int percent) {
	}

	/**
	 * A concrete pattern's score.
	 *
	 * @param slug the pattern's slug
	 * @param name the pattern's name
	 * @param path the pattern's page
	 * @param points the score, to one decimal
	 * @param percent the score rounded, for the bar's length
	 */
	public record RankedPattern(String slug, String name, String path, String points, int percent) {
	}

	/**
	 * The smallest change that changes the winner, with names.
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
	 * @param points its points for each model, to one decimal, in model order
	 */
	public record Row(PrioritySummary priority, int weight, List<String> points) {
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
	 * @param points its score, to one decimal
	 * @param percent its score rounded
	 * @param status how it stands against the must-haves overall; met when there are none
	 * @param checks how it stands on each must-have
	 */
	public record Match(AdvisorData.Organisations.Profile profile, String points, int percent, RequirementStatus status,
			List<AdvisorResult.Check> checks) {

		/**
		 * Whether it meets every must-have (or none was asked for).
		 * @return {@code true} if it is listed with the matches
		 */
		public boolean meets() {
			return this.status == RequirementStatus.MET;
		}

	}

	/**
	 * A requirement in the form's must-haves.
	 *
	 * @param requirement the requirement
	 * @param checked whether the reader ticked it
	 */
	public record MustHaveOption(Requirement requirement, boolean checked) {
	}

	/**
	 * One priority in the form.
	 *
	 * @param priority the priority, with its weights
	 * @param selected whether the reader selected it
	 * @param weight its weight, 1 when not selected
	 */
	public record Option(PrioritySummary priority, boolean selected, int weight) {
	}

	/**
	 * A preset and the query that selects it.
	 *
	 * @param slug the preset's slug
	 * @param name its name
	 * @param rationale why
	 * @param query the advisor query it stands for, with its must-haves
	 * @param mustHavesRationale why its must-haves, empty when it sets none
	 */
	public record PresetLink(String slug, String name, String rationale, String query, String mustHavesRationale) {
	}

}
