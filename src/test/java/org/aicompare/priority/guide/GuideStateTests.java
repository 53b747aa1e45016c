package org.aicompare.priority.guide;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link GuideState}: the guide's address, read and written.
 */
class GuideStateTests {

	private static final Set<String> KNOWN = Set.of("speed", "trust", "openness", "data-ownership");

	@Test
	void readsWhatItWrites() {
		GuideState state = new GuideState(List.of("speed", "data-ownership", "trust"),
				List.of(new Answer("data-ownership", "speed", false), new Answer("speed", "trust", true)));
		assertThat(state.toQuery()).isEqualTo("priority=speed&priority=data-ownership&priority=trust"
				+ "&answer=data-ownership.over.speed&answer=speed.same.trust");
		assertThat(GuideState.parse(state.priorities(), state.answerValues(), KNOWN)).isEqualTo(state);
	}

	@Test
	void asksAgainByAddingTheAnswerToTheQuery() {
		GuideState state = new GuideState(List.of("speed", "trust"), List.of(new Answer("speed", "trust", false)));
		assertThat(state.toQueryAskingAgain(state.answers().get(0)))
			.isEqualTo("priority=speed&priority=trust&answer=speed.over.trust&again=speed.over.trust");
	}

	@Test
	void givesAnAnswerAgainInItsPlace() {
		GuideState state = GuideState.parse(List.of("speed", "trust"), List.of("speed.over.trust"), KNOWN);
		assertThat(state.changed(state.answer("trust.same.speed", KNOWN)).answerValues())
			.containsExactly("trust.same.speed");
		assertThatExceptionOfType(InvalidGuideStateException.class)
			.isThrownBy(() -> GuideState.parse(List.of("speed", "trust", "openness"), List.of(), KNOWN)
				.changed(new Answer("speed", "openness", false)))
			.satisfies((ex) -> assertThat(ex.getProblem()).isEqualTo(GuideProblem.NOT_ANSWERED));
	}

	@Test
	void namesTheFirstProblem() {
		assertProblem(List.of("speed", "luck"), List.of(), GuideProblem.UNKNOWN_PRIORITY, "luck");
		assertProblem(List.of("speed", "Trust"), List.of(), GuideProblem.MALFORMED_PRIORITY, "Trust");
		assertProblem(List.of("speed", "trust", "speed"), List.of(), GuideProblem.REPEATED_PRIORITY, "speed");
		assertProblem(List.of("speed"), List.of(), GuideProblem.TOO_FEW_PRIORITIES, "speed");
		assertProblem(List.of("speed", "trust"), List.of("speed>trust"), GuideProblem.MALFORMED_ANSWER, "speed>trust");
		assertProblem(List.of("speed", "trust"), List.of("speed.over.luck"), GuideProblem.UNKNOWN_PRIORITY,
				"speed.over.luck");
		assertProblem(List.of("speed", "trust"), List.of("speed.over.openness"), GuideProblem.NOT_CHOSEN,
				"speed.over.openness");
		assertProblem(List.of("speed", "trust"), List.of("trust.same.trust"), GuideProblem.SAME_PRIORITY,
				"trust.same.trust");
		assertProblem(List.of("speed", "trust"), List.of("speed.over.trust", "trust.over.speed"),
				GuideProblem.REPEATED_PAIR, "trust.over.speed");
		assertProblem(List.of("speed", "trust", "openness"),
				List.of("speed.same.trust", "trust.over.openness", "speed.over.openness"), GuideProblem.IMPLIED,
				"speed.over.openness");
		assertProblem(List.of("speed", "trust"), List.of("speed.over.trust".repeat(300)), GuideProblem.TOO_LONG,
				"4813");
	}

	@Test
	void shortensAVeryLongValueItNames() {
		assertThatExceptionOfType(InvalidGuideStateException.class)
			.isThrownBy(() -> GuideState.parse(List.of("speed", "x".repeat(500)), List.of(), KNOWN))
			.satisfies((ex) -> assertThat(ex.getValue()).hasSize(61).endsWith("\u2026"));
	}

	private static void assertProblem(List<String> priorities, List<String> answers, GuideProblem problem,
			String value) {
		assertThatExceptionOfType(InvalidGuideStateException.class)
			.isThrownBy(() -> GuideState.parse(priorities, answers, KNOWN))
			.satisfies((ex) -> {
				assertThat(ex.getProblem()).isEqualTo(problem);
				assertThat(ex.getValue()).isEqualTo(value.length() > 60 ? value.substring(0, 60) + "\u2026" : value);
			});
	}

}
