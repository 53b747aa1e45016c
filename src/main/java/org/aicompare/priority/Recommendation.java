package org.aicompare.priority;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The advisor's answer for one selection of weighted priorities: each model's score from
 * 0 to 100, ranked; how each priority contributed; whether the winner is clear; and the
 * smallest change of one weight that would make another model lead.
 *
 * @param selection the weighted priorities scored, by slug, in the reader's order
 * @param ranking the models, best first
 * @param contributions each priority's points to each model:
 * {@code contributions.get(priority).get(model)}
 * @param clearWinner whether the winner leads the runner-up by more than the margin for a
 * clear win
 * @param tippingPoint the smallest single weight change that changes the winner, if any
 */
public record Recommendation(Map<String, Integer> selection, List<ModelScore> ranking,
		Map<String, Map<String, Double>> contributions, boolean clearWinner, TippingPoint tippingPoint) {

	/** Scores closer than this many points make no clear winner. */
	public static final double CLEAR_MARGIN = 10.0;

	/**
	 * The recommended model.
	 * @return the winner's slug
	 */
	public String winner() {
		return this.ranking.get(0).model();
	}

	/**
	 * The winner's lead over the runner-up, in points.
	 * @return the margin
	 */
	public double margin() {
		return this.ranking.get(0).score() - this.ranking.get(1).score();
	}

	/**
	 * One model's score.
	 *
	 * @param model the model's slug
	 * @param score from 0 to 100
	 */
	public record ModelScore(String model, double score) {
	}

	/**
	 * A change of one priority's weight that makes another model lead.
	 *
	 * @param priority the priority's slug
	 * @param from its weight now, 0 if not selected
	 * @param to the weight that changes the winner, 0 for leaving it out
	 * @param newWinner the model that would then lead
	 */
	@Schema(name = "TippingPoint", description = "The smallest single weight change that changes the winner.")
	public record TippingPoint(@Schema(description = "The priority's slug.") String priority,
			@Schema(description = "Its weight now, 0 if not selected.") int from,
			@Schema(description = "The weight that changes the winner, 0 for leaving it out.") int to,
			@Schema(description = "The model that would then lead.") String newWinner) {

		/**
		 * How far the weight moves.
		 * @return the absolute change
		 */
		public int size() {
			return Math.abs(this.to - this.from);
		}

	}

}
