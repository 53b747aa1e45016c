package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GuideWeights}: the rule and its stated properties.
 */
class GuideWeightsTests {

	@Test
	void alwaysChoosingAPriorityGivesItTheHighestWeight() {
		Random random = new Random(17);
		for (int k = 2; k <= 14; k++) {
			List<String> priorities = ElicitationTests.priorities(k);
			for (int round = 0; round < 20; round++) {
				String favourite = priorities.get(random.nextInt(k));
				List<GuideWeights.Tally> tallies = GuideWeights.of(answer(priorities, random, favourite, false));
				Map<String, Integer> weights = GuideWeights.weights(tallies);
				assertThat(weights.get(favourite)).isEqualTo(3);
				assertThat(weights.values()).allMatch((weight) -> weight <= 3);
			}
		}
	}

	@Test
	void allAboutTheSameGivesEveryPriorityTheSameWeight() {
		for (int k = 2; k <= 14; k++) {
			Elicitation elicitation = answer(ElicitationTests.priorities(k), new Random(k), null, true);
			assertThat(elicitation.answers()).hasSize(k - 1);
			assertThat(GuideWeights.weights(GuideWeights.of(elicitation)).values()).containsOnly(2);
		}
	}

	@Test
	void aPriorityThatMattersMoreNeverGetsALowerWeight() {
		Random random = new Random(2026);
		for (int round = 0; round < 500; round++) {
			int k = 2 + random.nextInt(12);
			Elicitation elicitation = answer(ElicitationTests.priorities(k), random, null, false);
			Map<String, Integer> weights = GuideWeights.weights(GuideWeights.of(elicitation));
			for (String a : elicitation.priorities()) {
				for (String b : elicitation.priorities()) {
					if (elicitation.compare(a, b) == Comparison.ABOVE) {
						assertThat(weights.get(a)).as("%s over %s", a, b).isGreaterThanOrEqualTo(weights.get(b));
					}
				}
			}
		}
	}

	@Test
	void theLeastOfAllGetsOneAndTheMiddleTwo() {
		List<Answer> chain = List.of(ElicitationTests.over("p0", "p1"), ElicitationTests.over("p1", "p2"));
		List<GuideWeights.Tally> tallies = GuideWeights.of(Elicitation.of(ElicitationTests.priorities(3), chain));
		assertThat(tallies).containsExactly(new GuideWeights.Tally("p0", 2, 0, 0, 3),
				new GuideWeights.Tally("p1", 1, 0, 1, 2), new GuideWeights.Tally("p2", 0, 0, 2, 1));
	}

	@Test
	void countsACycleAsTiesAndHalfAPointEach() {
		List<Answer> cycle = List.of(ElicitationTests.over("p0", "p1"), ElicitationTests.over("p1", "p2"),
				ElicitationTests.over("p2", "p0"), ElicitationTests.over("p0", "p3"));
		List<GuideWeights.Tally> tallies = GuideWeights.of(Elicitation.of(ElicitationTests.priorities(4), cycle));
		assertThat(tallies.get(0)).isEqualTo(new GuideWeights.Tally("p0", 1, 2, 0, 2));
		assertThat(tallies.get(0).score()).isEqualTo("2");
		assertThat(tallies.get(3)).isEqualTo(new GuideWeights.Tally("p3", 0, 0, 3, 1));
		assertThat(new GuideWeights.Tally("x", 1, 3, 0, 2).score()).isEqualTo("2.5");
	}

	@Test
	void cutsTheScoresIntoThirds() {
		// 6 others: a score below 2 gives 1, above 4 gives 3.
		assertThat(GuideWeights.weight(1, 1, 6)).isEqualTo(1);
		assertThat(GuideWeights.weight(2, 0, 6)).isEqualTo(2);
		assertThat(GuideWeights.weight(4, 0, 6)).isEqualTo(2);
		assertThat(GuideWeights.weight(4, 1, 6)).isEqualTo(3);
	}

	/**
	 * Answer every question: for {@code favourite} when asked about it, otherwise "about
	 * the same" if {@code same}, or at random.
	 */
	private static Elicitation answer(List<String> priorities, Random random, String favourite, boolean same) {
		List<Answer> answers = new ArrayList<>();
		Optional<Question> next;
		while ((next = Elicitation.of(priorities, answers).next()).isPresent()) {
			Question question = next.get();
			if (question.first().equals(favourite) || question.second().equals(favourite)) {
				String other = question.first().equals(favourite) ? question.second() : question.first();
				answers.add(new Answer(favourite, other, false));
			}
			else if (same) {
				answers.add(new Answer(question.first(), question.second(), true));
			}
			else {
				int pick = random.nextInt(3);
				answers.add((pick == 0) ? new Answer(question.first(), question.second(), false)
						: (pick == 1) ? new Answer(question.second(), question.first(), false)
								: new Answer(question.first(), question.second(), true));
			}
		}
		return Elicitation.of(priorities, answers);
	}

}
