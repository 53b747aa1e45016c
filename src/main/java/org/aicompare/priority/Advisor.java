package org.aicompare.priority;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.aicompare.edition.ChangesPage;
import org.aicompare.edition.EditionNumbers;
import org.aicompare.edition.Editions;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.Requirement;
import org.aicompare.project.RequirementFilter;
import org.aicompare.web.InvalidParameterException;

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

	private final Editions editions;

	public Advisor(AdvisorData data, BuyerPanels buyerPanels, Editions editions) {
		this.data = data;
		this.buyerPanels = buyerPanels;
		this.editions = editions;
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
		return advise(values, requireValues, null);
	}

	/**
	 * Advise as {@link #advise(List, List)} does, under an edition: an older edition's
	 * ratings give the result as it was then, with today's result beside it and the
	 * changes since that touch the priorities selected.
	 * @param values the priority values, such as {@code speed} or {@code transparency:3}
	 * @param requireValues the must-haves, such as {@code eu-data-residency}
	 * @param editionValue the {@code edition} parameter's value; {@code null} or empty
	 * for the current edition
	 * @return the advice
	 * @throws org.aicompare.web.InvalidParameterException for a must-have that names no
	 * requirement, or an edition that does not exist
	 */
	public Advice advise(List<String> values, List<String> requireValues, String editionValue) {
		List<Requirement> required = Requirement.parse(requireValues);
		int current = this.editions.current().orElse(0);
		int edition = edition(editionValue, current);
		AdvisorData.Snapshot snapshot = this.data.load();
		PrioritySelection.Reading reading = PrioritySelection.read(values, snapshot.slugs());
		if (!reading.problems().isEmpty() || reading.selection().isEmpty()) {
			return new Advice(snapshot, reading, required, null, new Audit(edition, current, null, List.of()));
		}
		AdvisorResult today = result(snapshot, reading, required, current);
		if (edition == current) {
			return new Advice(snapshot, reading, required, today, new Audit(edition, current, null, List.of()));
		}
		AdvisorData.Snapshot then = snapshot.asOf(this.editions.snapshot(edition).orElseThrow());
		Set<String> dimensions = new LinkedHashSet<>();
		reading.selection()
			.weights()
			.keySet()
			.forEach((priority) -> snapshot.scoring()
				.priorities()
				.get(priority)
				.forEach((link) -> dimensions.add(link.dimension())));
		return new Advice(then, reading, required, result(then, reading, required, edition),
				new Audit(edition, current, today, this.editions.ratingChangesSince(edition, dimensions)));
	}

	private int edition(String value, int current) {
		if (value == null || value.isBlank()) {
			return current;
		}
		OptionalInt number = EditionNumbers.parse(value.strip());
		if (number.isEmpty() || this.editions.find(number.getAsInt()).isEmpty()) {
			throw new InvalidParameterException(EditionNumbers.PARAMETER, value, this.editions.numbers());
		}
		return number.getAsInt();
	}

	private AdvisorResult result(AdvisorData.Snapshot snapshot, PrioritySelection.Reading reading,
			List<Requirement> required, int edition) {
		Map<String, Integer> weights = reading.selection().weights();
		List<Recommendation.ModelScore> organisations = new Scorer(snapshot.organisations().scoring()).rank(weights);
		RequirementFilter mustHaves = this.buyerPanels.panels()
			.filter(required, organisations.stream().map(Recommendation.ModelScore::model).toList());
		AdvisorData.Patterns patterns = snapshot.patterns();
		return AdvisorResult.of(new Scorer(snapshot.scoring()).score(weights), organisations,
				List.copyOf(snapshot.models().keySet()), reading.selection(), mustHaves,
				patterns.rankable() ? new Scorer(patterns.scoring()).score(weights) : null, patterns.model(), edition);
	}

	/**
	 * What the advisor made of a request.
	 *
	 * @param snapshot the data it used
	 * @param reading the selection read and its problems
	 * @param required the must-haves asked for, possibly none
	 * @param result the result, or {@code null} when nothing valid was selected or a
	 * value was bad
	 * @param audit the edition it was computed under and, for an older one, today's
	 * result and what changed since
	 */
	public record Advice(AdvisorData.Snapshot snapshot, PrioritySelection.Reading reading, List<Requirement> required,
			AdvisorResult result, Audit audit) {

		public boolean hasProblems() {
			return !this.reading.problems().isEmpty();
		}

		public boolean hasResult() {
			return this.result != null;
		}

	}

	/**
	 * Which edition a result was computed under.
	 *
	 * @param edition the edition's number; 0 before the first edition
	 * @param current the newest edition's number
	 * @param today the result under the newest edition when {@code edition} is older,
	 * else {@code null}
	 * @param changes the rating changes after {@code edition} on the dimensions the
	 * selected priorities rest on, oldest first
	 */
	public record Audit(int edition, int current, AdvisorResult today, List<ChangesPage.OwnChange> changes) {

		/**
		 * Whether the result was computed under an older edition.
		 * @return {@code true} when ratings may have changed since
		 */
		public boolean old() {
			return this.edition != this.current;
		}

	}

}
