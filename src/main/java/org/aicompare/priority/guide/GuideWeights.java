package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How answers become weights. Every pair counts, answered or settled by transitivity: a
 * priority wins against each one it matters more than, ties with each one about the same
 * (or on a cycle with it), and loses against the rest. Its score is wins plus half its
 * ties, out of the k-1 others; a score in the top third of that range gives weight 3, in
 * the bottom third 1, and otherwise 2. So a priority chosen over every other gets 3, one
 * chosen under every other 1, and all "about the same" gives every priority 2, the same
 * as equal weights. A priority that matters more than another never gets a lower weight.
 */
public final class GuideWeights {

	/** The rule, as the API states it. */
	public static final String RULE = "Every pair counts, answered or implied by transitivity: a win for the priority that matters more, "
			+ "a tie for both when about the same or on a cycle of answers. Score = wins + ties / 2, out of k - 1. "
			+ "Weight 3 if the score is above two thirds of k - 1, 1 if below one third, else 2.";

	private GuideWeights() {
	}

	/**
	 * The tally and weight of each priority.
	 * @param elicitation the answers, with every pair settled
	 * @return one tally per priority, in the reader's order
	 * @throws IllegalStateException if a pair is still open
	 */
	public static List<Tally> of(Elicitation elicitation) {
		if (!elicitation.complete()) {
			throw new IllegalStateException("Some pairs are still open");
		}
		List<String> priorities = elicitation.priorities();
		List<Tally> tallies = new ArrayList<>();
		for (String priority : priorities) {
			int wins = 0;
			int ties = 0;
			int losses = 0;
			for (String other : priorities) {
				if (!other.equals(priority)) {
					switch (elicitation.compare(priority, other)) {
						case ABOVE -> wins++;
						case SAME -> ties++;
						default -> losses++;
					}
				}
			}
			tallies.add(new Tally(priority, wins, ties, losses, weight(wins, ties, priorities.size() - 1)));
		}
		return tallies;
	}

	/**
	 * The weights alone, for the advisor.
	 * @param tallies the tallies
	 * @return weight by priority slug, in the reader's order
	 */
	public static Map<String, Integer> weights(List<Tally> tallies) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		tallies.forEach((tally) -> weights.put(tally.priority(), tally.weight()));
		return weights;
	}

	/**
	 * The band a score falls in: in halves of a point, 2 x wins + ties out of 2 x others.
	 * @param wins how many it matters more than
	 * @param ties how many it matters about as much as
	 * @param others how many others there are
	 * @return 1, 2 or 3
	 */
	static int weight(int wins, int ties, int others) {
		int halves = 2 * wins + ties;
		if (3 * halves < 2 * others) {
			return 1;
		}
		return (3 * halves > 4 * others) ? 3 : 2;
	}

	/**
	 * One priority's record against the others.
	 *
	 * @param priority its slug
	 * @param wins how many others it matters more than
	 * @param ties how many it matters about as much as
	 * @param losses how many matter more
	 * @param weight the weight that gives, 1 to 3
	 */
	public record Tally(String priority, int wins, int ties, int losses, int weight) {

		/**
		 * Wins plus half the ties, as a reader reads it: {@code 2.5}.
		 * @return the score
		 */
		public String score() {
			return (this.ties % 2 == 0) ? Integer.toString(this.wins + this.ties / 2)
					: (this.wins + this.ties / 2) + ".5";
		}

	}

}
