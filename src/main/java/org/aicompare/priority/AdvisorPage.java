package org.aicompare.priority;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
		List<String> validSlugs, String selectionQuery, AdvisorResult result, List<Match> matches) {

	static AdvisorPage of(Advisor.Advice advice, List<Preset> presets) {
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
		List<PresetLink> presetLinks = presets.stream()
			.map((preset) -> new PresetLink(preset.getSlug(), preset.getName(), preset.getRationale(),
					"priority=" + preset.getSelection().replace(",", "&priority=")))
			.toList();
		AdvisorResult result = (advice.hasResult()) ? AdvisorResult.of(advice) : null;
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
	public record Option(PrioritySummary priority, boolean selected, int weight) {
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

}
