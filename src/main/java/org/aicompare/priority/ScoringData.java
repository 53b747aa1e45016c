package org.aicompare.priority;

import java.util.List;
import java.util.Map;

/**
 * What the advisor scores with: the models in display order, each priority's links to the
 * matrix dimensions, and every cell's rating. Plain data, so the scorer needs no
 * database.
 *
 * @param models the model slugs, in display order
 * @param priorities each priority's links, by priority slug
 * @param ratings each dimension's rating per model:
 * {@code ratings.get(dimension).get(model)}
 */
public record ScoringData(List<String> models, Map<String, List<Link>> priorities,
		Map<String, Map<String, Integer>> ratings) {

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
	 * How well a model serves a priority, from 0 to 1: the weighted mean, over the
	 * dimensions the priority depends on, of how close the model's rating is to the
	 * preferred end.
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
		return sum / weights;
	}

}
