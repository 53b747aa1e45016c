package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aicompare.priority.AdviceForWeights;
import org.aicompare.priority.Leaning;

/**
 * Builds the guide's pages from its state and the advisor's priorities.
 */
@Component
class GuidePageAssembler {

	/**
	 * The passages of the source's "Which Model Is Better for Businesses?" lists: the
	 * priorities named there are suggested on the first step.
	 */
	static final int SOURCE_LISTS_FROM = 190;

	static final int SOURCE_LISTS_TO = 199;

	private final AdviceForWeights advisor;

	GuidePageAssembler(AdviceForWeights advisor) {
		this.advisor = advisor;
	}

	/**
	 * Every priority's slug.
	 * @return the slugs, in the advisor's order
	 */
	Set<String> known() {
		return this.advisor.priorities()
			.stream()
			.map(AdviceForWeights.Offered::slug)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The first step.
	 * @param chosen the priorities ticked, or {@code null} for the suggestion
	 * @return the page
	 */
	GuideStartPage start(List<String> chosen) {
		List<AdviceForWeights.Offered> priorities = this.advisor.priorities();
		List<GuideStartPage.Group> groups = Arrays.stream(Leaning.values())
			.map((leaning) -> new GuideStartPage.Group(leaning, priorities.stream()
				.filter((priority) -> priority.leaning() == leaning)
				.map((priority) -> new GuideStartPage.Choice(priority.slug(), priority.name(), priority.description(),
						(chosen != null) ? chosen.contains(priority.slug()) : suggested(priority)))
				.toList()))
			.filter((group) -> !group.choices().isEmpty())
			.toList();
		return new GuideStartPage(groups, chosen != null, Elicitation.worstCase(8));
	}

	/**
	 * The source names the priority in its lists of when to choose which model.
	 */
	static boolean suggested(AdviceForWeights.Offered priority) {
		return priority.cites().stream().anyMatch((n) -> n >= SOURCE_LISTS_FROM && n <= SOURCE_LISTS_TO);
	}

	/**
	 * A question page.
	 * @param state the state
	 * @param question the question
	 * @param again the answer given before, when the pair is asked again, or {@code null}
	 * @return the page
	 */
	GuideQuestionPage question(GuideState state, Question question, Answer again) {
		Map<String, AdviceForWeights.Offered> bySlug = bySlug();
		Elicitation elicitation = state.elicitation();
		int left = elicitation.remainingAtMost();
		String field = (again != null) ? GuideState.CHANGE : GuideState.ANSWER;
		Answer firstOver = new Answer(question.first(), question.second(), false);
		Answer secondOver = new Answer(question.second(), question.first(), false);
		Answer same = new Answer(question.first(), question.second(), true);
		List<GuideQuestionPage.Choice> choices = List.of(choice("first", firstOver, again),
				choice("second", secondOver, again), choice("same", same, again));
		return new GuideQuestionPage(state.answers().size() + 1, state.answers().size() + Math.max(left, 1),
				Math.max(left - 1, 0), side(bySlug.get(question.first())), side(bySlug.get(question.second())), field,
				choices, state.priorities(), state.answerValues(), again != null, lines(state, state.answers()),
				cycles(state), Elicitation.pairs(state.priorities().size()));
	}

	/**
	 * The result page.
	 * @param state a state with every pair settled
	 * @return the page
	 */
	GuideResultPage result(GuideState state) {
		Map<String, AdviceForWeights.Offered> bySlug = bySlug();
		List<GuideWeights.Tally> tallies = GuideWeights.of(state.elicitation());
		List<GuideResultPage.Line> lines = tallies.stream()
			.sorted(Comparator.comparingInt((GuideWeights.Tally tally) -> 2 * tally.wins() + tally.ties()).reversed())
			.map((tally) -> new GuideResultPage.Line(tally.priority(), bySlug.get(tally.priority()).name(),
					tally.wins(), tally.ties(), tally.losses(), tally.score(), tally.weight()))
			.toList();
		return new GuideResultPage(lines, lines(state, state.answers()), cycles(state), state.answers().size(),
				Elicitation.pairs(state.priorities().size()), this.advisor.advise(GuideWeights.weights(tallies)));
	}

	private static GuideQuestionPage.Choice choice(String kind, Answer answer, Answer again) {
		boolean checked = again != null && again.same() == answer.same()
				&& (answer.same() || again.first().equals(answer.first()));
		return new GuideQuestionPage.Choice("answer-" + kind, GuideState.format(answer), kind, checked);
	}

	private List<List<GuideAnswerLine>> cycles(GuideState state) {
		return state.elicitation().cycles().stream().map((cycle) -> lines(state, cycle)).toList();
	}

	private List<GuideAnswerLine> lines(GuideState state, List<Answer> answers) {
		Map<String, AdviceForWeights.Offered> bySlug = bySlug();
		List<GuideAnswerLine> lines = new ArrayList<>();
		for (Answer answer : answers) {
			lines.add(new GuideAnswerLine(bySlug.get(answer.first()).name(), bySlug.get(answer.second()).name(),
					answer.same(), state.toQueryAskingAgain(answer)));
		}
		return lines;
	}

	private Map<String, AdviceForWeights.Offered> bySlug() {
		return this.advisor.priorities()
			.stream()
			.collect(Collectors.toMap(AdviceForWeights.Offered::slug, Function.identity()));
	}

	private static GuideQuestionPage.Side side(AdviceForWeights.Offered priority) {
		return new GuideQuestionPage.Side(priority.slug(), priority.name(), priority.description());
	}

}
