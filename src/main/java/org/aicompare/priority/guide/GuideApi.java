package org.aicompare.priority.guide;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;

/**
 * What the JSON API answers about the guide: records made for the API.
 */
final class GuideApi {

	private GuideApi() {
	}

	/**
	 * Where a reader's answers stand, and the weights once every pair is settled.
	 *
	 * @param priorities the chosen priorities, in the order given
	 * @param answers the answers, in the order given
	 * @param complete whether every pair is settled
	 * @param next the next question, or {@code null} when complete
	 * @param asked how many questions were answered
	 * @param remainingAtMost the most questions that can still come
	 * @param pairs how many pairs the priorities make
	 * @param cycles answers that go round in circles, counted as ties
	 * @param weights each priority's tally and weight, or empty until complete
	 * @param recommendation the advisor's recommended model for the weights, or
	 * {@code null}
	 * @param advisorQuery the weights as the advisor's query string, or {@code null}
	 * @param rule the rule that turns answers into weights
	 * @param links the guide's API address and its page
	 */
	@Schema(name = "Guide",
			description = "Where a reader's either-or answers stand: the next question, or the weights they give and the advisor's recommendation for them.")
	record Guide(@Schema(description = "The chosen priorities' slugs, in the order given.") List<String> priorities,
			@Schema(description = "The answers, in the order given.") List<GivenAnswer> answers,
			@Schema(description = "Whether every pair is settled, by an answer or by transitivity.") boolean complete,
			@Schema(description = "The next question; null when complete.", nullable = true) NextQuestion next,
			@Schema(description = "How many questions were answered.") int asked,
			@Schema(description = "The most questions that can still come, whatever the answers.") int remainingAtMost,
			@Schema(description = "How many pairs the priorities make, k(k-1)/2: the guide never asks more.") int pairs,
			@Schema(description = "Answers that go round in a circle and cannot all hold; their priorities count as ties.") List<List<GivenAnswer>> cycles,
			@Schema(description = "Each priority's wins, ties, losses and weight; empty until complete.") List<Weight> weights,
			@Schema(description = "The slug of the model the advisor recommends for the weights; null until complete.",
					nullable = true, example = "hybrid") String recommendation,
			@Schema(description = "The weights as the advisor's query string, for /api/v1/advice and /advisor; null until complete.",
					nullable = true, example = "priority=speed:3&priority=trust") String advisorQuery,
			@Schema(description = "How answers become weights.") String rule,
			@Schema(description = "This answer's API address and the guide's page with the same answers.") ApiLinks links) {
	}

	/**
	 * An answer.
	 *
	 * @param value the answer as the address writes it
	 * @param first the priority that matters more, or either when the same
	 * @param second the other
	 * @param same whether the answer was "about the same"
	 */
	@Schema(name = "GuideAnswer", description = "An answer to an either-or question.")
	record GivenAnswer(
			@Schema(description = "The answer as the address writes it.", example = "speed.over.trust") String value,
			@Schema(description = "The priority that matters more (either one when the same).") String first,
			@Schema(description = "The other priority.") String second,
			@Schema(description = "Whether the answer was \"about the same\".") boolean same) {
	}

	/**
	 * The next question, with the values each answer sends.
	 *
	 * @param first one priority
	 * @param second the other
	 * @param answers the three answers' values: first more, second more, about the same
	 */
	@Schema(name = "GuideQuestion", description = "The next either-or question.")
	record NextQuestion(@Schema(description = "One priority's slug.") String first,
			@Schema(description = "The other's slug.") String second,
			@Schema(description = "The values of the three answers, to add as another answer parameter: the first matters more, the second matters more, about the same.") List<String> answers) {
	}

	/**
	 * A priority's tally and weight.
	 *
	 * @param priority its slug
	 * @param wins how many it matters more than
	 * @param ties how many it matters about as much as
	 * @param losses how many matter more
	 * @param score wins plus half the ties
	 * @param weight 1 to 3
	 */
	@Schema(name = "GuideWeight",
			description = "A priority's wins, ties and losses against the others, and its weight.")
	record Weight(@Schema(description = "The priority's slug.") String priority,
			@Schema(description = "How many priorities it matters more than.") int wins,
			@Schema(description = "How many it matters about as much as.") int ties,
			@Schema(description = "How many matter more.") int losses,
			@Schema(description = "Wins plus half the ties.") double score,
			@Schema(description = "The weight, 1 to 3.", minimum = "1", maximum = "3") int weight) {
	}

}
