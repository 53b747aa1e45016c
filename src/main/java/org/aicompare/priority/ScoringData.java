package org.aicompare.priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aicompare.project.BuyerQuestion;

/**
 * What the advisor scores with: the options in display order (the models, or the
 * organisations), each priority's links to the matrix dimensions, every option's rating
 * on each dimension and, for organisations, what a buyer can document. Plain data, so the
 * scorer needs no database.
 *
 * @param models the option slugs, in display order
 * @param priorities each priority's links, by priority slug
 * @param ratings each dimension's rating per option:
 * {@code ratings.get(dimension).get(option)}
 * @param evidence each priority's evidence links, by priority slug; empty for the models,
 * which keep the source's matrix as their evidence
 * @param documented how far each option's sourced answer to a question meets it, from 0
 * to 1: {@code documented.get(question).get(option)}; absent counts 0
 */
public record ScoringData(List<String> models, Map<String, List<Link>> priorities,
		Map<String, Map<String, Integer>> ratings, Map<String, List<EvidenceLink>> evidence,
		Map<BuyerQuestion, Map<String, Double>> documented) {

	/**
	 * Scoring data on the matrix alone, as the models are scored.
	 * @param models the option slugs, in display order
	 * @param priorities each priority's links, by priority slug
	 * @param ratings each dimension's rating per option
	 */
	public ScoringData(List<String> models, Map<String, List<Link>> priorities,
			Map<String, Map<String, Integer>> ratings) {
		this(models, priorities, ratings, Map.of(), Map.of());
	}

	/**
	 * The same scoring with ratings kept from an older edition: each option's rating then
	 * wherever the edition kept one; an option or dimension it did not rate (added since)
	 * keeps today's, so today's options are all scored.
	 * @param then each dimension's rating per option, as the edition kept it
	 * @return the scoring data of that edition
	 */
	ScoringData withRatings(Map<String, Map<String, Integer>> then) {
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		this.ratings.forEach((dimension, now) -> {
			Map<String, Integer> merged = new LinkedHashMap<>(now);
			merged.putAll(then.getOrDefault(dimension, Map.of()));
			ratings.put(dimension, merged);
		});
		return new ScoringData(this.models, this.priorities, ratings, this.evidence, this.documented);
	}

	/**
	 * One priority's dependence on one dimension.
	 *
	 * @param dimension the dimension's slug
	 * @param weight how much the priority depends on it, 1 to 3
	 * @param prefers which end of the dimension's scale serves the priority
	 */
	public record Link(String dimension, int weight, Pole prefers) {
	}

	/**
	 * How well an option serves a priority, from 0 to 1: the weighted mean, over the
	 * dimensions the priority depends on, of how close the option's rating is to the
	 * preferred end, and over the priority's evidence links, of how far its documented
	 * answer meets each.
	 * @param priority the priority's slug
	 * @param model the model's slug
	 * @return the fit, from 0 to 1
	 */
	double fit(String priority, String model) {
		double sum = 0;
		int weights = 0;
		for (Link link : this.priorities.get(priority)) {
			int rating = this.ratings.get(link.dimension()).get(model);
			double toward = (link.prefers() == Pole.HIGH) ? rating - 1 : 5 - rating;
			sum += link.weight() * toward / 4.0;
			weights += link.weight();
		}
		for (EvidenceLink link : this.evidence.getOrDefault(priority, List.of())) {
			sum += link.weight() * this.documented.getOrDefault(link.question(), Map.of()).getOrDefault(model, 0.0);
			weights += link.weight();
		}
		return sum / weights;
	}

}
