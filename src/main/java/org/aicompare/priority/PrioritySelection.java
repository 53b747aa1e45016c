package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import org.aicompare.edition.EditionNumbers;
import org.aicompare.project.Requirement;

/**
 * A reader's weighted priorities as the advisor's URL carries them: {@code speed} (weight
 * 1) or {@code transparency:3}, one per {@code priority} parameter. The one class that
 * reads and writes that {@code slug:weight} format, in a URL, in the advisor form, and in
 * the comma-separated form presets are stored in. Reading is strict but forgiving: every
 * bad value is named, and the valid part is kept.
 *
 * @param weights weight from 1 to 3 by priority slug, in the reader's order
 */
public record PrioritySelection(Map<String, Integer> weights) {

	/** The parameter that carries a selection, one value per priority. */
	public static final String PARAMETER = "priority";

	/** The advisor's page. */
	public static final String ADVISOR_PATH = "/advisor";

	/** Weight fields of the advisor form, one per priority: {@code weight-speed=3}. */
	public static final String WEIGHT_FIELD = "weight-";

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

	/**
	 * Read a selection stored as comma-separated values, as presets keep it, that must be
	 * valid.
	 * @param stored the values, such as {@code speed:3,reliability}
	 * @param validSlugs the slugs of the priorities that exist
	 * @return the selection
	 * @throws InvalidSelectionException naming the first problem
	 */
	public static PrioritySelection parseStored(String stored, Set<String> validSlugs) {
		return parse(List.of(stored.split(",")), validSlugs);
	}

	/**
	 * The advisor's address for what its form sent: a checkbox per selected priority and
	 * a weight field per priority become one {@code slug:weight} value per priority, the
	 * address a reader keeps and shares. Values are carried over as they are, good or
	 * bad, for the advisor to judge.
	 * @param form the form's parameters
	 * @return the advisor's address, encoded
	 */
	public static String advisorAddressFor(MultiValueMap<String, String> form) {
		List<String> values = new ArrayList<>();
		for (String slug : form.getOrDefault(PARAMETER, List.of())) {
			String weight = form.getFirst(WEIGHT_FIELD + slug);
			values.add((weight == null || weight.equals("1") || slug.contains(":")) ? slug : slug + ":" + weight);
		}
		UriComponentsBuilder uri = builder(ADVISOR_PATH, values);
		form.getOrDefault(Requirement.PARAMETER, List.of())
			.forEach((value) -> uri.queryParam(Requirement.PARAMETER, value));
		return uri.build().encode().toUriString();
	}

	/**
	 * Whether parameters are the advisor form's, with a weight field per priority.
	 * @param parameters a request's parameters
	 * @return {@code true} if any is a weight field
	 */
	public static boolean isForm(MultiValueMap<String, String> parameters) {
		return parameters.keySet().stream().anyMatch((name) -> name.startsWith(WEIGHT_FIELD));
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
	 * The selection and some must-haves as the advisor's query string, the priorities
	 * first.
	 * @param mustHaves the must-haves, possibly none
	 * @return such as {@code priority=speed:2&require=eu-data-residency}; empty when no
	 * priority is selected
	 */
	public String toQuery(List<Requirement> mustHaves) {
		String own = toQuery();
		String must = Requirement.toQuery(mustHaves);
		return (own.isEmpty() || must.isEmpty()) ? own : own + "&" + must;
	}

	/**
	 * The selection, some must-haves and the edition a result was computed under, as the
	 * address of that result: the address names the edition, so the result can be
	 * computed again as it was.
	 * @param mustHaves the must-haves, possibly none
	 * @param edition the edition's number; 0 (before the first edition) adds nothing
	 * @return such as {@code priority=speed:2&require=eu-data-residency&edition=3}; empty
	 * when no priority is selected
	 */
	public String toQuery(List<Requirement> mustHaves, int edition) {
		String query = toQuery(mustHaves);
		return (query.isEmpty() || edition == 0) ? query : query + "&" + EditionNumbers.PARAMETER + "=" + edition;
	}

	/**
	 * The selection as a query string, for links that keep it.
	 * @return {@code priority=speed&priority=transparency:3}, or an empty string
	 */
	public String toQuery() {
		String query = builder(ADVISOR_PATH, values()).build().encode().getQuery();
		return (query != null) ? query : "";
	}

	/**
	 * The advisor's address with this selection.
	 * @return such as {@code /advisor?priority=speed&priority=transparency:3}
	 */
	public String advisorAddress() {
		return address(ADVISOR_PATH, values());
	}

	/**
	 * Add this selection to an address being built.
	 * @param uri the address
	 * @return the same builder
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder uri) {
		values().forEach((value) -> uri.queryParam(PARAMETER, value));
		return uri;
	}

	private static String address(String path, List<String> values) {
		// Encoded whole, values and all: a brace in a value must not read as a URI
		// template variable when the address is expanded.
		return builder(path, values).build().encode().toUriString();
	}

	private static UriComponentsBuilder builder(String path, List<String> values) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		values.forEach((value) -> uri.queryParam(PARAMETER, value));
		return uri;
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
