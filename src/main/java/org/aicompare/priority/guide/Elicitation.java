package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which question to ask next, so that a reader answers as few as possible: never one the
 * earlier answers already settle by transitivity, and in the order of a binary insertion
 * sort. Priorities are taken in the reader's order; each one is placed among those before
 * it by comparing it with the middle of the range its answers leave open, so the answers
 * chain. With k priorities that takes at most {@link #worstCase(int)} questions (5 for 4,
 * 11 for 6, 17 for 8), never more than k(k-1)/2, and k-1 when every answer is "about the
 * same".
 */
public final class Elicitation {

	private final List<String> priorities;

	private final List<Answer> answers;

	private final Relation relation;

	private Elicitation(List<String> priorities, List<Answer> answers) {
		this.priorities = List.copyOf(priorities);
		this.answers = List.copyOf(answers);
		this.relation = Relation.of(this.priorities, this.answers);
	}

	/**
	 * Where a reader stands, given their answers so far.
	 * @param priorities the chosen priorities' slugs, in the reader's order
	 * @param answers the answers, each about two of them
	 * @return the elicitation
	 */
	public static Elicitation of(List<String> priorities, List<Answer> answers) {
		return new Elicitation(priorities, answers);
	}

	/**
	 * The first answer that the answers before it already settle the same way, so that
	 * the guide would never have asked it. An answer that contradicts the ones before it
	 * is allowed: it closes a cycle, which is reported.
	 * @param priorities the chosen priorities
	 * @param answers the answers, in the order given
	 * @return the index of the first redundant answer, if any
	 */
	static Optional<Integer> firstImplied(List<String> priorities, List<Answer> answers) {
		for (int i = 0; i < answers.size(); i++) {
			if (implied(Relation.of(priorities, answers.subList(0, i)), answers.get(i))) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private static boolean implied(Relation before, Answer answer) {
		Comparison settled = before.compare(answer.first(), answer.second());
		return (answer.same()) ? settled == Comparison.SAME : settled == Comparison.ABOVE;
	}

	/**
	 * The answers after one is given again: the new answer takes the old one's place, and
	 * later answers that the change now settles the same way are dropped, as the guide
	 * would not have asked them. Later answers it contradicts stay, and show as a cycle.
	 * @param priorities the chosen priorities
	 * @param answers the answers, in the order given
	 * @param changed the new answer, about a pair already answered
	 * @return the answers with the change
	 * @throws IllegalArgumentException if the pair was not answered
	 */
	static List<Answer> change(List<String> priorities, List<Answer> answers, Answer changed) {
		List<Answer> replaced = new ArrayList<>(answers);
		int index = indexOf(answers, changed);
		if (index < 0) {
			throw new IllegalArgumentException("Not answered: " + changed);
		}
		replaced.set(index, changed);
		List<Answer> kept = new ArrayList<>();
		for (Answer answer : replaced) {
			if (!implied(Relation.of(priorities, kept), answer)) {
				kept.add(answer);
			}
		}
		return kept;
	}

	static int indexOf(List<Answer> answers, Answer pair) {
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).samePair(pair)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The next question, or none when every pair is settled.
	 * @return the question
	 */
	public Optional<Question> next() {
		for (int item = 1; item < this.priorities.size(); item++) {
			List<List<Integer>> open = openBuckets(item);
			if (!open.isEmpty()) {
				// The upper middle of the open range: a reader who says "more" or "less"
				// halves it, "about the same" ends it.
				List<Integer> middle = open.get((open.size() - 1) / 2);
				return Optional.of(new Question(this.priorities.get(middle.get(0)), this.priorities.get(item)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The most questions that can still come, whatever the answers.
	 * @return an upper bound, 0 when every pair is settled
	 */
	public int remainingAtMost() {
		for (int item = 1; item < this.priorities.size(); item++) {
			List<List<Integer>> open = openBuckets(item);
			if (!open.isEmpty()) {
				int bound = questionsToPlace(open.size());
				int buckets = buckets(item).size() + 1;
				for (int later = item + 1; later < this.priorities.size(); later++) {
					bound += questionsToPlace(buckets);
					buckets++;
				}
				return Math.min(bound, this.relation.openPairs());
			}
		}
		return 0;
	}

	/**
	 * Whether every pair is settled, so the weights can be derived.
	 * @return {@code true} when no question is left
	 */
	public boolean complete() {
		return this.relation.complete();
	}

	/**
	 * How one priority stands to another.
	 * @param a one priority's slug
	 * @param b the other's
	 * @return the comparison
	 */
	public Comparison compare(String a, String b) {
		return this.relation.compare(a, b);
	}

	/**
	 * Answers that go round in circles and so cannot all hold; the priorities on each
	 * circle count as about the same.
	 * @return each circle's answers
	 */
	public List<List<Answer>> cycles() {
		return this.relation.cycles(this.answers);
	}

	public List<String> priorities() {
		return this.priorities;
	}

	public List<Answer> answers() {
		return this.answers;
	}

	/**
	 * The most questions binary insertion asks of k priorities: placing the i-th among
	 * i-1 takes at most ceil(log2(i)) questions.
	 * @param priorities how many priorities
	 * @return the worst case
	 */
	public static int worstCase(int priorities) {
		int total = 0;
		for (int placed = 1; placed < priorities; placed++) {
			total += questionsToPlace(placed);
		}
		return total;
	}

	/**
	 * The fewest questions for k priorities: k-1, as each answer links only two.
	 * @param priorities how many priorities
	 * @return the best case
	 */
	public static int bestCase(int priorities) {
		return Math.max(0, priorities - 1);
	}

	/**
	 * Every pair once: k(k-1)/2.
	 * @param priorities how many priorities
	 * @return the number of pairs
	 */
	public static int pairs(int priorities) {
		return priorities * (priorities - 1) / 2;
	}

	/**
	 * Questions that place a priority among {@code open} ranked groups:
	 * ceil(log2(open+1)).
	 */
	private static int questionsToPlace(int open) {
		return 32 - Integer.numberOfLeadingZeros(open);
	}

	/**
	 * The groups of equal priorities before {@code item} that its place among them is
	 * still open against, best first; empty once it is placed.
	 */
	private List<List<Integer>> openBuckets(int item) {
		return buckets(item).stream()
			.filter((bucket) -> this.relation.compare(item, bucket.get(0)) == Comparison.OPEN)
			.toList();
	}

	/**
	 * The priorities before {@code item}, which earlier questions have put in order, as
	 * groups of equals, best first.
	 */
	private List<List<Integer>> buckets(int item) {
		List<List<Integer>> buckets = new ArrayList<>();
		for (int placed = 0; placed < item; placed++) {
			List<Integer> bucket = null;
			for (List<Integer> existing : buckets) {
				if (this.relation.compare(placed, existing.get(0)) == Comparison.SAME) {
					bucket = existing;
				}
			}
			if (bucket == null) {
				bucket = new ArrayList<>();
				buckets.add(bucket);
			}
			bucket.add(placed);
		}
		buckets.sort(Comparator.comparingInt((List<Integer> bucket) -> below(bucket.get(0), item)).reversed());
		return buckets;
	}

	private int below(int placed, int item) {
		int count = 0;
		for (int other = 0; other < item; other++) {
			if (this.relation.compare(placed, other) == Comparison.ABOVE) {
				count++;
			}
		}
		return count;
	}

}
