package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.aicompare.priority.Recommendation.ModelScore;
import org.aicompare.priority.ScoringData.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link Scorer}: hand-checked arithmetic, and properties checked over many
 * generated matrices and selections (seeded, so every run checks the same cases).
 */
class ScorerTests {

	private static final List<String> MODELS = List.of("centralized", "decentralized", "hybrid");

	private static final int CASES = 2000;

	@Test
	void scoresAreTheWeightedMeanOfHowCloseEachRatingIsToThePreferredEnd() {
		ScoringData data = new ScoringData(MODELS,
				Map.of("speed",
						List.of(new Link("innovation-speed", 3, Pole.HIGH), new Link("scalability", 1, Pole.HIGH)),
						"support", List.of(new Link("governance", 1, Pole.LOW))),
				Map.of("innovation-speed", Map.of("centralized", 5, "decentralized", 3, "hybrid", 4), "scalability",
						Map.of("centralized", 5, "decentralized", 2, "hybrid", 4), "governance",
						Map.of("centralized", 1, "decentralized", 5, "hybrid", 4)));
		Recommendation speed = new Scorer(data).score(Map.of("speed", 1));
		// decentralized: (3 x 2/4 + 1 x 1/4) / 4 = 0.4375
		assertThat(scoreOf(speed, "decentralized")).isCloseTo(43.75, within(1e-9));
		assertThat(scoreOf(speed, "centralized")).isCloseTo(100, within(1e-9));
		assertThat(scoreOf(speed, "hybrid")).isCloseTo(75, within(1e-9));
		Recommendation mixed = new Scorer(data).score(Map.of("speed", 1, "support", 3));
		// hybrid: (1 x 0.75 + 3 x 1/4) / 4 = 0.375; the LOW end of governance favours
		// centralized
		assertThat(scoreOf(mixed, "hybrid")).isCloseTo(37.5, within(1e-9));
		assertThat(mixed.winner()).isEqualTo("centralized");
		assertThat(mixed.contributions().get("support").get("centralized")).isCloseTo(75, within(1e-9));
	}

	@Test
	void scoresStayWithinZeroAndAHundred() {
		Random random = new Random(42);
		for (int i = 0; i < CASES; i++) {
			ScoringData data = randomData(random);
			Recommendation recommendation = new Scorer(data).score(randomSelection(random, data));
			assertThat(recommendation.ranking()).allSatisfy((score) -> assertThat(score.score()).isBetween(0.0, 100.0));
		}
	}

	@Test
	void contributionsAddUpToEachScore() {
		Random random = new Random(7);
		for (int i = 0; i < CASES; i++) {
			ScoringData data = randomData(random);
			Recommendation recommendation = new Scorer(data).score(randomSelection(random, data));
			for (ModelScore score : recommendation.ranking()) {
				double sum = recommendation.contributions()
					.values()
					.stream()
					.mapToDouble((perModel) -> perModel.get(score.model()))
					.sum();
				assertThat(sum).isCloseTo(score.score(), within(1e-9));
			}
		}
	}

	@Test
	void theOrderOfThePrioritiesDoesNotChangeTheResult() {
		Random random = new Random(3);
		for (int i = 0; i < CASES; i++) {
			ScoringData data = randomData(random);
			Map<String, Integer> selection = randomSelection(random, data);
			List<String> keys = new ArrayList<>(selection.keySet());
			Collections.shuffle(keys, random);
			Map<String, Integer> shuffled = new LinkedHashMap<>();
			keys.forEach((key) -> shuffled.put(key, selection.get(key)));
			Recommendation one = new Scorer(data).score(selection);
			Recommendation other = new Scorer(data).score(shuffled);
			assertThat(other.winner()).isEqualTo(one.winner());
			for (int m = 0; m < MODELS.size(); m++) {
				assertThat(other.ranking().get(m).score()).isCloseTo(one.ranking().get(m).score(), within(1e-9));
			}
		}
	}

	@Test
	void raisingAPriorityNeverCostsTheModelItFavoursGround() {
		Random random = new Random(11);
		for (int i = 0; i < CASES; i++) {
			ScoringData data = randomData(random);
			Map<String, Integer> selection = randomSelection(random, data);
			String raised = new ArrayList<>(data.priorities().keySet()).get(random.nextInt(data.priorities().size()));
			int from = selection.getOrDefault(raised, 0);
			if (from == Scorer.MAX_WEIGHT) {
				continue;
			}
			String favoured = MODELS.stream()
				.max((a, b) -> Double.compare(data.fit(raised, a), data.fit(raised, b)))
				.orElseThrow();
			Map<String, Integer> more = new LinkedHashMap<>(selection);
			more.put(raised, from + 1 + random.nextInt(Scorer.MAX_WEIGHT - from));
			Recommendation before = new Scorer(data).score(selection);
			Recommendation after = new Scorer(data).score(more);
			for (String other : MODELS) {
				double gapBefore = scoreOf(before, favoured) - scoreOf(before, other);
				double gapAfter = scoreOf(after, favoured) - scoreOf(after, other);
				if (gapBefore >= 0) {
					assertThat(gapAfter).as("%s stays level with or ahead of %s", favoured, other).isGreaterThan(-1e-9);
				}
				else {
					assertThat(gapAfter).as("%s closes in on %s", favoured, other).isGreaterThan(gapBefore - 1e-9);
				}
			}
		}
	}

	@Test
	void theTippingPointIsTheSmallestSingleWeightChangeThatChangesTheWinner() {
		Random random = new Random(5);
		for (int i = 0; i < 300; i++) {
			ScoringData data = randomData(random);
			Map<String, Integer> selection = randomSelection(random, data);
			Scorer scorer = new Scorer(data);
			Recommendation recommendation = scorer.score(selection);
			Recommendation.TippingPoint tip = recommendation.tippingPoint();
			if (tip == null) {
				continue;
			}
			Map<String, Integer> changed = new LinkedHashMap<>(selection);
			if (tip.to() == 0) {
				changed.remove(tip.priority());
			}
			else {
				changed.put(tip.priority(), tip.to());
			}
			assertThat(scorer.score(changed).winner()).isEqualTo(tip.newWinner()).isNotEqualTo(recommendation.winner());
			for (String priority : data.priorities().keySet()) {
				int from = selection.getOrDefault(priority, 0);
				for (int to = Math.max(0, from - tip.size() + 1); to <= Math.min(Scorer.MAX_WEIGHT,
						from + tip.size() - 1); to++) {
					Map<String, Integer> smaller = new LinkedHashMap<>(selection);
					if (to == 0) {
						smaller.remove(priority);
					}
					else {
						smaller.put(priority, to);
					}
					if (!smaller.isEmpty()) {
						assertThat(scorer.score(smaller).winner()).as("a smaller change of %s", priority)
							.isEqualTo(recommendation.winner());
					}
				}
			}
		}
	}

	private static double scoreOf(Recommendation recommendation, String model) {
		return recommendation.ranking()
			.stream()
			.filter((score) -> score.model().equals(model))
			.findFirst()
			.orElseThrow()
			.score();
	}

	private static ScoringData randomData(Random random) {
		List<String> dimensions = List.of("a", "b", "c", "d", "e");
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		for (String dimension : dimensions) {
			Map<String, Integer> byModel = new LinkedHashMap<>();
			MODELS.forEach((model) -> byModel.put(model, 1 + random.nextInt(5)));
			ratings.put(dimension, byModel);
		}
		Map<String, List<Link>> priorities = new LinkedHashMap<>();
		int count = 2 + random.nextInt(6);
		for (int p = 0; p < count; p++) {
			List<String> shuffled = new ArrayList<>(dimensions);
			Collections.shuffle(shuffled, random);
			List<Link> links = new ArrayList<>();
			for (String dimension : shuffled.subList(0, 1 + random.nextInt(3))) {
				links.add(new Link(dimension, 1 + random.nextInt(3), random.nextBoolean() ? Pole.HIGH : Pole.LOW));
			}
			priorities.put("p" + p, links);
		}
		return new ScoringData(MODELS, priorities, ratings);
	}

	private static Map<String, Integer> randomSelection(Random random, ScoringData data) {
		List<String> slugs = new ArrayList<>(data.priorities().keySet());
		Collections.shuffle(slugs, random);
		Map<String, Integer> selection = new LinkedHashMap<>();
		for (String slug : slugs.subList(0, 1 + random.nextInt(slugs.size()))) {
			selection.put(slug, 1 + random.nextInt(3));
		}
		return selection;
	}

}
