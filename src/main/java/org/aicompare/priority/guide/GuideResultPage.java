package org.aicompare.priority.guide;

import java.util.List;

import org.aicompare.priority.AdviceForWeights;

/**
 * The guide's result: the weights, how the answers became weights, and the advisor's
 * result for them.
 *
 * @param tallies each priority's wins, ties, losses, score and weight, heaviest first
 * @param answered the answers, each with a link to give it again
 * @param cycles the answers that go round in circles
 * @param questions how many questions were answered
 * @param pairs how many pairs the chosen priorities make
 * @param advice the advisor's result for the weights
 */
public record GuideResultPage(List<Line> tallies, List<GuideAnswerLine> answered, List<List<GuideAnswerLine>> cycles,
		int questions, int pairs, AdviceForWeights.Result advice) {

	/**
	 * One priority's tally.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param wins how many it matters more than
	 * @param ties how many it matters about as much as
	 * @param losses how many matter more
	 * @param score wins plus half the ties
	 * @param weight its weight
	 */
	public record Line(String slug, String name, int wins, int ties, int losses, String score, int weight) {
	}

}
