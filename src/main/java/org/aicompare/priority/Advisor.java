package org.aicompare.priority;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.aicompare.project.BuyerPanels;
import org.aicompare.project.Requirement;
import org.aicompare.project.RequirementFilter;

/**
 * Answers a reader's priorities: reads the selection from the URL's values, and scores
 * the valid part when nothing was wrong with it.
 */
@Service
public class Advisor {

	/**
	 * The version of the scoring method, carried by every downloaded decision: 2 scores
	 * organisations on what a buyer can document and checks must-haves first.
	 */
	public static final String METHOD_VERSION = "2";

	private final AdvisorData data;

	private final BuyerPanels buyerPanels;

	public Advisor(AdvisorData data, BuyerPanels buyerPanels) {
		this.data = data;
		this.buyerPanels = buyerPanels;
	}

	/**
	 * Advise on the given {@code priority} parameter values, with no must-haves.
	 * @param values the values, such as {@code speed} or {@code transparency:3}
	 * @return the advice
	 */
	public Advice advise(List<String> values) {
		return advise(values, List.of());
	}

	/**
	 * Advise on the given {@code priority} and {@code require} parameter values: the
	 * must-haves are checked first, against each organisation's sourced answers; the
	 * weights then rank every option.
	 * @param values the priority values, such as {@code speed} or {@code transparency:3}
	 * @param requireValues the must-haves, such as {@code eu-data-residency}
	 * @return the advice
	 * @throws org.aicompare.web.InvalidParameterException for a must-have that names no
	 * requirement
	 */
	public Advice advise(List<String> values, List<String> requireValues) {
		List<Requirement> required = Requirement.parse(requireValues);
		AdvisorData.Snapshot snapshot = this.data.load();
		PrioritySelection.Reading reading = PrioritySelection.read(values, snapshot.slugs());
		if (!reading.problems().isEmpty() || reading.selection().isEmpty()) {
			return new Advice(snapshot, reading, required, null);
		}
		Map<String, Integer> weights = reading.selection().weights();
		List<Recommendation.ModelScore> organisations = new Scorer(snapshot.organisations().scoring()).rank(weights);
		RequirementFilter mustHaves = this.buyerPanels.panels()
			.filter(required, organisations.stream().map(Recommendation.ModelScore::model).toList());
		AdvisorData.Patterns patterns = snapshot.patterns();
		return new Advice(snapshot, reading, required,
				AdvisorResult.of(new Scorer(snapshot.scoring()).score(weights), organisations,
						List.copyOf(snapshot.models().keySet()), reading.selection(), mustHaves,
						patterns.rankable() ? new Scorer(patterns.scoring()).score(weights) : null, patterns.model()));
	}

	/**
	 * What the advisor made of a request.
	 *
	 * @param snapshot the data it used
	 * @param reading the selection read and its problems
	 * @param required the must-haves asked for, possibly none
	 * @param result the result, or {@code null} when nothing valid was selected or a
	 * value was bad
	 */
	public record Advice(AdvisorData.Snapshot snapshot, PrioritySelection.Reading reading, List<Requirement> required,
			AdvisorResult result) {

		public boolean hasProblems() {
			return !this.reading.problems().isEmpty();
		}

		public boolean hasResult() {
			return this.result != null;
		}

	}

}
