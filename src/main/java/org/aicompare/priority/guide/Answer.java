package org.aicompare.priority.guide;

/**
 * A reader's answer to one either-or question: {@code first} matters more than
 * {@code second}, or the two matter about the same.
 *
 * @param first the priority that matters more (or either one, when the same)
 * @param second the other priority
 * @param same whether the reader said "about the same"
 */
public record Answer(String first, String second, boolean same) {

	/**
	 * Whether this answer is about the pair of the given priorities, in either order.
	 * @param a one priority's slug
	 * @param b the other's
	 * @return {@code true} for the same pair
	 */
	public boolean concerns(String a, String b) {
		return (this.first.equals(a) && this.second.equals(b)) || (this.first.equals(b) && this.second.equals(a));
	}

	/**
	 * Whether this answer is about the same pair as another.
	 * @param other the other answer
	 * @return {@code true} for the same pair
	 */
	public boolean samePair(Answer other) {
		return concerns(other.first, other.second);
	}

}
