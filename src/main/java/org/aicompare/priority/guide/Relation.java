package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * What a set of answers implies about every pair of priorities, by transitivity: if A
 * matters more than B and B more than C, A matters more than C; "about the same" carries
 * through (A about the same as B and B more than C: A more than C). Answers that go round
 * in a circle (A over B, B over C, C over A) cannot all hold: the priorities on the
 * circle are counted as about the same, and the circle is reported.
 */
final class Relation {

	private final List<String> priorities;

	/** {@code reach[a][b]}: a chain of answers says a matters at least as much as b. */
	private final boolean[][] reach;

	private Relation(List<String> priorities, boolean[][] reach) {
		this.priorities = priorities;
		this.reach = reach;
	}

	/**
	 * The relation the answers imply.
	 * @param priorities the chosen priorities' slugs
	 * @param answers the answers, each about two of them
	 * @return the relation
	 */
	static Relation of(List<String> priorities, List<Answer> answers) {
		int size = priorities.size();
		boolean[][] reach = new boolean[size][size];
		for (int i = 0; i < size; i++) {
			reach[i][i] = true;
		}
		for (Answer answer : answers) {
			int first = priorities.indexOf(answer.first());
			int second = priorities.indexOf(answer.second());
			reach[first][second] = true;
			if (answer.same()) {
				reach[second][first] = true;
			}
		}
		for (int via = 0; via < size; via++) {
			for (int from = 0; from < size; from++) {
				if (reach[from][via]) {
					for (int to = 0; to < size; to++) {
						reach[from][to] |= reach[via][to];
					}
				}
			}
		}
		return new Relation(priorities, reach);
	}

	/**
	 * How one priority stands to another.
	 * @param a the index of one priority
	 * @param b the index of the other
	 * @return {@link Comparison#ABOVE} if a matters more than b, and so on
	 */
	Comparison compare(int a, int b) {
		if (this.reach[a][b] && this.reach[b][a]) {
			return Comparison.SAME;
		}
		if (this.reach[a][b]) {
			return Comparison.ABOVE;
		}
		return this.reach[b][a] ? Comparison.BELOW : Comparison.OPEN;
	}

	/**
	 * How one priority stands to another.
	 * @param a one priority's slug
	 * @param b the other's
	 * @return the comparison
	 */
	Comparison compare(String a, String b) {
		return compare(this.priorities.indexOf(a), this.priorities.indexOf(b));
	}

	/**
	 * Whether every pair is settled.
	 * @return {@code true} when no pair is open
	 */
	boolean complete() {
		int size = this.priorities.size();
		for (int a = 0; a < size; a++) {
			for (int b = a + 1; b < size; b++) {
				if (compare(a, b) == Comparison.OPEN) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The pairs still open.
	 * @return how many
	 */
	int openPairs() {
		int open = 0;
		int size = this.priorities.size();
		for (int a = 0; a < size; a++) {
			for (int b = a + 1; b < size; b++) {
				if (compare(a, b) == Comparison.OPEN) {
					open++;
				}
			}
		}
		return open;
	}

	/**
	 * The answers that go round in circles, grouped by circle: the answers between
	 * priorities that the answers place both above and below each other, at least one of
	 * which says one matters more.
	 * @param answers the answers the relation was made of
	 * @return each circle's answers, in the order given; empty when the answers agree
	 */
	List<List<Answer>> cycles(List<Answer> answers) {
		List<List<Answer>> cycles = new ArrayList<>();
		boolean[] seen = new boolean[this.priorities.size()];
		for (int start = 0; start < this.priorities.size(); start++) {
			if (seen[start]) {
				continue;
			}
			List<String> members = new ArrayList<>();
			for (int other = start; other < this.priorities.size(); other++) {
				if (compare(start, other) == Comparison.SAME) {
					seen[other] = true;
					members.add(this.priorities.get(other));
				}
			}
			List<Answer> inside = answers.stream()
				.filter((answer) -> members.contains(answer.first()) && members.contains(answer.second()))
				.toList();
			if (inside.stream().anyMatch((answer) -> !answer.same())) {
				cycles.add(inside);
			}
		}
		return cycles;
	}

}
