package org.aicompare.priority.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Elicitation}: which questions come, and how many.
 */
class ElicitationTests {

	@Test
	void asksAboutTheFirstTwoPrioritiesFirst() {
		assertThat(Elicitation.of(priorities(3), List.of()).next()).contains(new Question("p0", "p1"));
	}

	@Test
	void neverAsksWhatAChainOfAnswersImplies() {
		// p0 over p1 and p1 over p2: p0 over p2 follows, so p2 is compared with p1 only.
		List<Answer> answers = List.of(over("p0", "p1"), over("p1", "p2"));
		Elicitation elicitation = Elicitation.of(priorities(3), answers);
		assertThat(elicitation.compare("p0", "p2")).isEqualTo(Comparison.ABOVE);
		assertThat(elicitation.next()).isEmpty();
		assertThat(elicitation.complete()).isTrue();
	}

	@Test
	void aboutTheSameCarriesThroughTransitivity() {
		// p0 about the same as p1, and p1 over p2: p0 over p2.
		Elicitation elicitation = Elicitation.of(priorities(3), List.of(same("p0", "p1"), over("p1", "p2")));
		assertThat(elicitation.compare("p0", "p2")).isEqualTo(Comparison.ABOVE);
		assertThat(elicitation.next()).isEmpty();
	}

	@Test
	void placesANewPriorityByHalvingTheRangeItsAnswersLeaveOpen() {
		// p0 > p1 > p2 are ranked; p3 is compared with the middle, p1, first.
		List<Answer> answers = List.of(over("p0", "p1"), over("p1", "p2"));
		assertThat(Elicitation.of(priorities(4), answers).next()).contains(new Question("p1", "p3"));
		List<Answer> below = new ArrayList<>(answers);
		below.add(over("p1", "p3"));
		assertThat(Elicitation.of(priorities(4), below).next()).contains(new Question("p2", "p3"));
	}

	@Test
	void findsACycleAndCountsItsPrioritiesAsTheSame() {
		List<Answer> answers = List.of(over("p0", "p1"), over("p1", "p2"), over("p2", "p0"));
		Elicitation elicitation = Elicitation.of(priorities(4), answers);
		assertThat(elicitation.cycles()).containsExactly(answers);
		assertThat(elicitation.compare("p0", "p2")).isEqualTo(Comparison.SAME);
		assertThat(elicitation.next()).hasValueSatisfying((question) -> assertThat(question.second()).isEqualTo("p3"));
	}

	@Test
	void aboutTheSameAnswersAloneMakeNoCycle() {
		Elicitation elicitation = Elicitation.of(priorities(3), List.of(same("p0", "p1"), same("p1", "p2")));
		assertThat(elicitation.cycles()).isEmpty();
		assertThat(elicitation.complete()).isTrue();
	}

	@Test
	void aboutTheSameThenMoreIsACycle() {
		List<Answer> answers = List.of(same("p0", "p1"), over("p1", "p2"), same("p2", "p0"));
		assertThat(Elicitation.of(priorities(3), answers).cycles()).containsExactly(answers);
	}

	@Test
	void findsAnAnswerTheEarlierOnesAlreadySettle() {
		List<String> priorities = priorities(3);
		assertThat(Elicitation.firstImplied(priorities, List.of(over("p0", "p1"), over("p1", "p2"), over("p0", "p2"))))
			.contains(2);
		assertThat(Elicitation.firstImplied(priorities, List.of(over("p0", "p1"), over("p1", "p2"), over("p2", "p0"))))
			.as("a contradiction is allowed, and reported as a cycle")
			.isEmpty();
	}

	@Test
	void answeringAgainKeepsContradictionsAndDropsWhatIsNowImplied() {
		List<String> priorities = priorities(3);
		List<Answer> answers = List.of(over("p0", "p1"), over("p0", "p2"), over("p2", "p1"));
		// p2 over p0 now, with p0 over p1: p2 over p1 follows, so that answer goes.
		assertThat(Elicitation.change(priorities, answers, over("p2", "p0"))).containsExactly(over("p0", "p1"),
				over("p2", "p0"));
		// p1 over p0, p0 over p2, p2 over p1: a cycle, kept.
		assertThat(Elicitation.change(priorities, answers, over("p1", "p0"))).containsExactly(over("p1", "p0"),
				over("p0", "p2"), over("p2", "p1"));
	}

	@Test
	void alwaysAsksAnOpenPairAndNeverMoreThanEveryPairWhateverTheAnswers() {
		for (int k = 2; k <= 6; k++) {
			Counts counts = explore(k);
			assertThat(counts.worst).as("worst case for %d", k).isEqualTo(Elicitation.worstCase(k));
			assertThat(counts.worst).isLessThanOrEqualTo(Elicitation.pairs(k));
			assertThat(counts.best).as("best case for %d", k).isEqualTo(Elicitation.bestCase(k));
		}
	}

	@ParameterizedTest
	@CsvSource({ "4, 3, 4, 5, 6", "6, 5, 8, 11, 15", "8, 7, 13, 17, 28" })
	void asksFewQuestionsForFourSixAndEightPriorities(int k, int best, int bestStrict, int worst, int pairs) {
		Counts counts = explore(k);
		System.out.printf("%d priorities: best %d, worst %d, best without 'about the same' %d, pairs %d%n", k,
				counts.best, counts.worst, counts.bestStrict, pairs);
		assertThat(counts.best).isEqualTo(best);
		assertThat(counts.bestStrict).as("best without 'about the same'").isEqualTo(bestStrict);
		assertThat(counts.worst).isEqualTo(worst);
		assertThat(Elicitation.pairs(k)).isEqualTo(pairs);
	}

	@Test
	void theMethodologyStatesTheseCounts() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		Counts four = explore(4);
		Counts six = explore(6);
		assertThat(messages.getProperty("methodology.guide.questions")).contains(
				"at most %d, %d and %d questions".formatted(four.worst, six.worst, Elicitation.worstCase(8)),
				"at least %d, %d and %d,".formatted(four.best, six.best, Elicitation.bestCase(8)),
				"at least %d, %d and 13.".formatted(four.bestStrict, six.bestStrict));
	}

	@Test
	void boundsTheQuestionsLeftAtEveryStep() {
		List<String> priorities = priorities(5);
		// A reader whose order is the reverse of the list's.
		int[] rank = { 0, 1, 2, 3, 4 };
		List<Answer> answers = new ArrayList<>();
		int promised = Elicitation.of(priorities, answers).remainingAtMost();
		assertThat(promised).isEqualTo(Elicitation.worstCase(5));
		Optional<Question> next;
		while ((next = Elicitation.of(priorities, answers).next()).isPresent()) {
			answers.add(answer(next.get(), rank));
			int left = Elicitation.of(priorities, answers).remainingAtMost();
			assertThat(answers.size() + left).isLessThanOrEqualTo(promised);
			promised = answers.size() + left;
		}
		assertThat(promised).isEqualTo(answers.size());
	}

	/**
	 * Every way a consistent reader can answer: each leaf of the tree of answers, counted
	 * by depth; every question asked must be open.
	 */
	private static Counts explore(int k) {
		Counts counts = new Counts();
		explore(priorities(k), new ArrayList<>(), counts, true);
		return counts;
	}

	private static void explore(List<String> priorities, List<Answer> answers, Counts counts, boolean strict) {
		Elicitation elicitation = Elicitation.of(priorities, answers);
		Optional<Question> next = elicitation.next();
		if (next.isEmpty()) {
			// Plain checks: this runs for each of the half million ways to answer for 8.
			if (!elicitation.complete() || !elicitation.cycles().isEmpty()) {
				throw new AssertionError("Unsettled or cyclic after " + answers);
			}
			counts.best = Math.min(counts.best, answers.size());
			counts.worst = Math.max(counts.worst, answers.size());
			if (strict) {
				counts.bestStrict = Math.min(counts.bestStrict, answers.size());
			}
			return;
		}
		Question question = next.get();
		if (elicitation.compare(question.first(), question.second()) != Comparison.OPEN) {
			throw new AssertionError("Asked " + question + " after " + answers);
		}
		for (Answer answer : List.of(over(question.first(), question.second()),
				over(question.second(), question.first()), same(question.first(), question.second()))) {
			answers.add(answer);
			explore(priorities, answers, counts, strict && !answer.same());
			answers.remove(answers.size() - 1);
		}
	}

	private static Answer answer(Question question, int[] rank) {
		int first = rank[Integer.parseInt(question.first().substring(1))];
		int second = rank[Integer.parseInt(question.second().substring(1))];
		return (first >= second) ? over(question.first(), question.second())
				: over(question.second(), question.first());
	}

	static List<String> priorities(int k) {
		return IntStream.range(0, k).mapToObj((i) -> "p" + i).toList();
	}

	static Answer over(String first, String second) {
		return new Answer(first, second, false);
	}

	static Answer same(String first, String second) {
		return new Answer(first, second, true);
	}

	private static final class Counts {

		int best = Integer.MAX_VALUE;

		int worst;

		int bestStrict = Integer.MAX_VALUE;

	}

}
