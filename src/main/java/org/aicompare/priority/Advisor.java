package org.aicompare.priority;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Answers a reader's priorities: reads the selection from the URL's values, and scores
 * the valid part when nothing was wrong with it.
 */
@Service
public class Advisor {

	/** The version of the scoring method, carried by every downloaded decision. */
	public static final String METHOD_VERSION = "1";

	private final AdvisorData data;

	public Advisor(AdvisorData data) {
		this.data = data;
	}

	/**
	 * Advise on the given {@code priority} parameter values.
	 * @param values the values, such as {@code speed} or {@code transparency:3}
	 * @return the advice
	 */
	public Advice advise(List<String> values) {
		AdvisorData.Snapshot snapshot = this.data.load();
		PrioritySelection.Reading reading = PrioritySelection.read(values, snapshot.slugs());
		if (!reading.problems().isEmpty() || reading.selection().isEmpty()) {
			return new Advice(snapshot, reading, null);
		}
		Map<String, Integer> weights = reading.selection().weights();
		AdvisorData.Patterns patterns = snapshot.patterns();
		return new Advice(snapshot, reading,
				AdvisorResult.of(new Scorer(snapshot.scoring()).score(weights),
						new Scorer(snapshot.organisations().scoring()).rank(weights),
						List.copyOf(snapshot.models().keySet()), reading.selection(),
						patterns.rankable() ? new Scorer(patterns.scoring()).score(weights) : null, patterns.model()));
	}

	/**
	 * What the advisor made of a request.
	 *
	 * @param snapshot the data it used
	 * @param reading the selection read and its problems
	 * @param result the result, or {@code null} when nothing valid was selected or a
	 * value was bad
	 */
	public record Advice(AdvisorData.Snapshot snapshot, PrioritySelection.Reading reading, AdvisorResult result) {

		public boolean hasProblems() {
			return !this.reading.problems().isEmpty();
		}

		public boolean hasResult() {
			return this.result != null;
		}

	}

}
