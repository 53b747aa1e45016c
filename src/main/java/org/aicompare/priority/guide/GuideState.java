package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The guide's state as its address carries it, and the one place that reads and writes
 * it: the chosen priorities in the reader's order, one {@code priority} parameter each
 * ({@code priority=speed}), then the answers in the order given, one {@code answer}
 * parameter each: {@code answer=speed.over.trust} (speed matters more) or
 * {@code answer=speed.same.trust} (about the same). Every step is a GET form that writes
 * the next state, so back, reload, share and bookmark work without a session. Reading is
 * strict: anything the guide would not have written is refused, naming the first problem.
 *
 * @param priorities the chosen priorities' slugs, in the reader's order
 * @param answers the answers, in the order given
 */
public record GuideState(List<String> priorities, List<Answer> answers) {

	/** The parameter that names a chosen priority. */
	public static final String PRIORITY = "priority";

	/** The parameter that carries an answer. */
	public static final String ANSWER = "answer";

	/** The parameter that asks a pair again: {@code again=speed.over.trust}. */
	public static final String AGAIN = "again";

	/**
	 * The parameter that gives a pair's answer again: {@code change=trust.over.speed}.
	 */
	public static final String CHANGE = "change";

	/** The fewest priorities worth comparing. */
	public static final int MIN_PRIORITIES = 2;

	/**
	 * The most characters all values together may have: well above what the guide writes
	 * for all fourteen priorities (under 3,000), well below what a server accepts in a
	 * URL.
	 */
	public static final int MAX_LENGTH = 4000;

	private static final String OVER = "over";

	private static final String SAME = "same";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern ANSWER_TOKEN = Pattern
		.compile("(" + SLUG.pattern() + ")\\.(" + OVER + "|" + SAME + ")\\.(" + SLUG.pattern() + ")");

	public GuideState {
		priorities = List.copyOf(priorities);
		answers = List.copyOf(answers);
	}

	/**
	 * Read a state from its parameters' values.
	 * @param priorityValues the {@code priority} values
	 * @param answerValues the {@code answer} values
	 * @param known every priority's slug
	 * @return the state
	 * @throws InvalidGuideStateException naming the first problem
	 */
	public static GuideState parse(List<String> priorityValues, List<String> answerValues, Set<String> known) {
		int length = priorityValues.stream().mapToInt(GuideState::length).sum()
				+ answerValues.stream().mapToInt(GuideState::length).sum();
		if (length > MAX_LENGTH) {
			throw new InvalidGuideStateException(GuideProblem.TOO_LONG, Integer.toString(length));
		}
		List<String> priorities = priorities(priorityValues, known);
		if (priorities.size() < MIN_PRIORITIES) {
			throw new InvalidGuideStateException(GuideProblem.TOO_FEW_PRIORITIES, String.join(", ", priorities));
		}
		List<Answer> answers = new ArrayList<>();
		Set<Set<String>> pairs = new HashSet<>();
		for (String value : answerValues) {
			Answer answer = parseAnswer(value, priorities, known);
			if (!pairs.add(Set.of(answer.first(), answer.second()))) {
				throw new InvalidGuideStateException(GuideProblem.REPEATED_PAIR, value);
			}
			answers.add(answer);
		}
		Optional<Integer> implied = Elicitation.firstImplied(priorities, answers);
		if (implied.isPresent()) {
			throw new InvalidGuideStateException(GuideProblem.IMPLIED, answerValues.get(implied.get()));
		}
		return new GuideState(priorities, answers);
	}

	/**
	 * Read the chosen priorities alone, as the first step's form sends them.
	 * @param values the {@code priority} values
	 * @param known every priority's slug
	 * @return the slugs, in the order given
	 * @throws InvalidGuideStateException if one is malformed, unknown or repeated
	 */
	public static List<String> priorities(List<String> values, Set<String> known) {
		if (values.stream().mapToInt(GuideState::length).sum() > MAX_LENGTH) {
			throw new InvalidGuideStateException(GuideProblem.TOO_LONG,
					Integer.toString(values.stream().mapToInt(GuideState::length).sum()));
		}
		List<String> priorities = new ArrayList<>();
		for (String value : values) {
			String slug = (value != null) ? value : "";
			if (!SLUG.matcher(slug).matches()) {
				throw new InvalidGuideStateException(GuideProblem.MALFORMED_PRIORITY, slug);
			}
			if (!known.contains(slug)) {
				throw new InvalidGuideStateException(GuideProblem.UNKNOWN_PRIORITY, PRIORITY, slug);
			}
			if (priorities.contains(slug)) {
				throw new InvalidGuideStateException(GuideProblem.REPEATED_PRIORITY, slug);
			}
			priorities.add(slug);
		}
		return priorities;
	}

	/**
	 * Read one answer about two of this state's priorities, as an answer given again.
	 * @param value the value, such as {@code speed.over.trust}
	 * @param known every priority's slug
	 * @return the answer
	 * @throws InvalidGuideStateException if it is malformed or names another priority
	 */
	public Answer answer(String value, Set<String> known) {
		return parseAnswer(value, this.priorities, known);
	}

	private static Answer parseAnswer(String raw, List<String> chosen, Set<String> known) {
		String value = (raw != null) ? raw : "";
		Matcher matcher = ANSWER_TOKEN.matcher(value);
		if (!matcher.matches()) {
			throw new InvalidGuideStateException(GuideProblem.MALFORMED_ANSWER, value);
		}
		for (String slug : List.of(matcher.group(1), matcher.group(3))) {
			if (!known.contains(slug)) {
				throw new InvalidGuideStateException(GuideProblem.UNKNOWN_PRIORITY, value);
			}
			if (!chosen.contains(slug)) {
				throw new InvalidGuideStateException(GuideProblem.NOT_CHOSEN, value);
			}
		}
		if (matcher.group(1).equals(matcher.group(3))) {
			throw new InvalidGuideStateException(GuideProblem.SAME_PRIORITY, value);
		}
		return new Answer(matcher.group(1), matcher.group(3), SAME.equals(matcher.group(2)));
	}

	/**
	 * An answer as the address writes it.
	 * @param answer the answer
	 * @return {@code speed.over.trust} or {@code speed.same.trust}
	 */
	public static String format(Answer answer) {
		return answer.first() + "." + (answer.same() ? SAME : OVER) + "." + answer.second();
	}

	/**
	 * The answers as the address writes them.
	 * @return one value per answer, in order
	 */
	public List<String> answerValues() {
		return this.answers.stream().map(GuideState::format).toList();
	}

	/**
	 * This state with another answer, given after the others.
	 * @param answer the answer
	 * @return the new state
	 */
	public GuideState with(Answer answer) {
		List<Answer> answers = new ArrayList<>(this.answers);
		answers.add(answer);
		return new GuideState(this.priorities, answers);
	}

	/**
	 * This state with one pair answered again (see {@link Elicitation#change}).
	 * @param answer the new answer, about a pair already answered
	 * @return the new state
	 * @throws InvalidGuideStateException if the pair was not answered
	 */
	public GuideState changed(Answer answer) {
		if (Elicitation.indexOf(this.answers, answer) < 0) {
			throw new InvalidGuideStateException(GuideProblem.NOT_ANSWERED, CHANGE, format(answer));
		}
		return new GuideState(this.priorities, Elicitation.change(this.priorities, this.answers, answer));
	}

	/**
	 * This state with an answer taken back.
	 * @param answer an answer about the pair to take back
	 * @return the state without it
	 */
	public GuideState without(Answer answer) {
		return new GuideState(this.priorities, this.answers.stream().filter((each) -> !each.samePair(answer)).toList());
	}

	/**
	 * Where the reader stands.
	 * @return the elicitation for these answers
	 */
	public Elicitation elicitation() {
		return Elicitation.of(this.priorities, this.answers);
	}

	/**
	 * The state as a query string, for links and redirects.
	 * @return {@code priority=speed&priority=trust&answer=speed.over.trust}
	 */
	public String toQuery() {
		return builder().build().encode().getQuery();
	}

	/**
	 * The state as a query string that asks one pair again.
	 * @param answer the answer to give again
	 * @return {@code priority=...&answer=...&again=speed.over.trust}
	 */
	public String toQueryAskingAgain(Answer answer) {
		return builder().queryParam(AGAIN, format(answer)).build().encode().getQuery();
	}

	private UriComponentsBuilder builder() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		this.priorities.forEach((slug) -> uri.queryParam(PRIORITY, slug));
		answerValues().forEach((value) -> uri.queryParam(ANSWER, value));
		return uri;
	}

	private static int length(String value) {
		return (value != null) ? value.length() + 1 : 1;
	}

}
