package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aicompare.priority.Recommendation.ModelScore;
import org.aicompare.priority.Recommendation.TippingPoint;

/**
 * Scores the models for a reader's weighted priorities. A model's score is the weighted
 * mean, over the selected priorities, of how well it serves each one, times 100; how well
 * it serves a priority is the weighted mean of its ratings on the dimensions that
 * priority depends on, read toward the end of each scale the priority prefers. Nothing is
 * hard-coded: every number comes from the {@link ScoringData}.
 */
public final class Scorer {

	/** The weights a reader can give a priority. */
	public static final int MIN_WEIGHT = 1;

	/** The largest weight a reader can give a priority. */
	public static final int MAX_WEIGHT = 3;

	private final ScoringData data;

	public Scorer(ScoringData data) {
		this.data = data;
	}

	/**
	 * Score a selection.
	 * @param selection weights from 1 to 3 by priority slug; at least one priority
	 * @return the recommendation
	 */
	public Recommendation score(Map<String, Integer> selection) {
		List<ModelScore> ranking = rank(selection);
		Map<String, Map<String, Double>> contributions = contributions(selection);
		double margin = ranking.get(0).score() - ranking.get(1).score();
		return new Recommendation(Collections.unmodifiableMap(new LinkedHashMap<>(selection)), ranking, contributions,
				margin > Recommendation.CLEAR_MARGIN, tippingPoint(selection, ranking.get(0).model()));
	}

	/**
	 * Only the ranking of a selection, without the breakdown or the search for a tipping
	 * point, for where nothing else is shown.
	 * @param selection weights from 1 to 3 by priority slug; at least one priority
	 * @return the scores, best first
	 */
	public List<ModelScore> rank(Map<String, Integer> selection) {
		if (selection.isEmpty()) {
			throw new IllegalArgumentException("Select at least one priority");
		}
		int total = selection.values().stream().mapToInt(Integer::intValue).sum();
		// Summed in slug order: the reader's order must not move a near tie either way.
		Map<String, Integer> ordered = new TreeMap<>(selection);
		List<ModelScore> scores = new ArrayList<>();
		for (String model : this.data.models()) {
			double sum = 0;
			for (Map.Entry<String, Integer> entry : ordered.entrySet()) {
				sum += entry.getValue() * this.data.fit(entry.getKey(), model);
			}
			scores.add(new ModelScore(model, 100 * sum / total));
		}
		// Ties go to the model listed first, so the same selection always gives the same
		// answer.
		scores.sort(Comparator.comparingDouble(ModelScore::score)
			.reversed()
			.thenComparingInt((score) -> this.data.models().indexOf(score.model())));
		return List.copyOf(scores);
	}

	private Map<String, Map<String, Double>> contributions(Map<String, Integer> selection) {
		int total = selection.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Map<String, Double>> contributions = new LinkedHashMap<>();
		selection.forEach((priority, weight) -> {
			Map<String, Double> perModel = new LinkedHashMap<>();
			this.data.models()
				.forEach((model) -> perModel.put(model, 100.0 * weight * this.data.fit(priority, model) / total));
			contributions.put(priority, perModel);
		});
		return contributions;
	}

	/**
	 * The smallest change of one weight (adding, raising, lowering or leaving out a
	 * priority) after which another model leads. Among changes of the same size, the one
	 * giving the new leader the widest lead wins, then the priority listed first.
	 */
	private TippingPoint tippingPoint(Map<String, Integer> selection, String winner) {
		TippingPoint best = null;
		double bestLead = 0;
		for (String priority : this.data.priorities().keySet()) {
			int from = selection.getOrDefault(priority, 0);
			for (int to = 0; to <= MAX_WEIGHT; to++) {
				Map<String, Integer> changed = new LinkedHashMap<>(selection);
				if (to == 0) {
					changed.remove(priority);
				}
				else {
					changed.put(priority, to);
				}
				if (to == from || changed.isEmpty()) {
					continue;
				}
				List<ModelScore> ranking = rank(changed);
				if (ranking.get(0).model().equals(winner)) {
					continue;
				}
				TippingPoint candidate = new TippingPoint(priority, from, to, ranking.get(0).model());
				double lead = ranking.get(0).score() - ranking.get(1).score();
				if (best == null || candidate.size() < best.size()
						|| (candidate.size() == best.size() && lead > bestLead)) {
					best = candidate;
					bestLead = lead;
				}
			}
		}
		return best;
	}

}
