package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's weighted priorities as the advisor's URL carries them: {@code speed} (weight
 * 1) or {@code transparency:3}, one per {@code priority} parameter. Reading is strict but
 * forgiving: every bad value is named, and the valid part is kept.
 *
 * @param weights weight from 1 to 3 by priority slug, in the reader's order
 * @author aicompare
 */
public record PrioritySelection(Map<String, Integer> weights) {

	/** The most priorities one selection may hold. */
	public static final int MAX_PRIORITIES = 20;

	private static final int MAX_VALUE_LENGTH = 60;

	private static final Pattern VALUE = Pattern.compile("([a-z0-9-]+)(?::(\\d+))?");

	public PrioritySelection {
		weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
	}

	/**
	 * Read parameter values, keeping what is valid and naming every problem.
	 * @param values the values of the {@code priority} parameters
	 * @param validSlugs the slugs of the priorities that exist
	 * @return the valid selection and the problems
	 */
	public static Reading read(List<String> values, Set<String> validSlugs) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (String raw : values) {
			String value = (raw != null) ? raw.strip() : "";
			if (value.isEmpty()) {
				continue;
			}
			Matcher matcher = VALUE.matcher(value);
			if (value.length() > MAX_VALUE_LENGTH || !matcher.matches()) {
				problems.add(new Problem(shorten(value), Reason.MALFORMED));
			}
			else if (!validSlugs.contains(matcher.group(1))) {
				problems.add(new Problem(value, Reason.UNKNOWN_PRIORITY));
			}
			else if (weights.containsKey(matcher.group(1))) {
				problems.add(new Problem(value, Reason.REPEATED));
			}
			else if (!inRange(matcher.group(2))) {
				problems.add(new Problem(value, Reason.WEIGHT_OUT_OF_RANGE));
			}
			else if (weights.size() == MAX_PRIORITIES) {
				problems.add(new Problem(value, Reason.TOO_MANY));
			}
			else {
				weights.put(matcher.group(1), (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 1);
			}
		}
		return new Reading(new PrioritySelection(weights), problems);
	}

	/**
	 * Read parameter values that must all be valid, as in content files.
	 * @param values the values
	 * @param validSlugs the slugs of the priorities that exist
	 * @return the selection
	 * @throws InvalidSelectionException naming the first problem
	 */
	public static PrioritySelection parse(List<String> values, Set<String> validSlugs) {
		Reading reading = read(values, validSlugs);
		if (!reading.problems().isEmpty()) {
			throw new InvalidSelectionException(reading.problems().get(0));
		}
		return reading.selection();
	}

	public boolean isEmpty() {
		return this.weights.isEmpty();
	}

	/**
	 * The selection as parameter values, weight 1 left implicit:
	 * {@code [speed, transparency:3]}.
	 * @return the values, in the reader's order
	 */
	public List<String> values() {
		List<String> values = new ArrayList<>();
		this.weights.forEach((slug, weight) -> values.add((weight == 1) ? slug : slug + ":" + weight));
		return values;
	}

	/**
	 * The selection as a query string, for links that keep it.
	 * @return {@code priority=speed&priority=transparency:3}, or an empty string
	 */
	public String toQuery() {
		return String.join("&", values().stream().map((value) -> "priority=" + value).toList());
	}

	private static boolean inRange(String weight) {
		if (weight == null) {
			return true;
		}
		return weight.length() == 1 && weight.charAt(0) >= '0' + Scorer.MIN_WEIGHT
				&& weight.charAt(0) <= '0' + Scorer.MAX_WEIGHT;
	}

	private static String shorten(String value) {
		return (value.length() > MAX_VALUE_LENGTH) ? value.substring(0, MAX_VALUE_LENGTH) + "\u2026" : value;
	}

	/**
	 * Why a value was not taken.
	 */
	public enum Reason {

		/** Not of the form {@code slug} or {@code slug:weight}. */
		MALFORMED,

		/** No priority has that slug. */
		UNKNOWN_PRIORITY,

		/** A weight other than 1, 2 or 3. */
		WEIGHT_OUT_OF_RANGE,

		/** The priority was already given. */
		REPEATED,

		/** More than {@value PrioritySelection#MAX_PRIORITIES} priorities. */
		TOO_MANY

	}

	/**
	 * One value that was not taken.
	 *
	 * @param value the value, shortened if very long
	 * @param reason why
	 */
	public record Problem(String value, Reason reason) {
	}

	/**
	 * What reading the parameters gave.
	 *
	 * @param selection the valid part
	 * @param problems the values that were not taken
	 */
	public record Reading(PrioritySelection selection, List<Problem> problems) {
	}

	/**
	 * A selection that had to be valid was not.
	 */
	public static class InvalidSelectionException extends RuntimeException {

		InvalidSelectionException(Problem problem) {
			super("'" + problem.value() + "' is not a valid priority: " + problem.reason());
		}

	}

}
