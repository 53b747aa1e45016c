package org.aicompare.priority;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiMeta;

/**
 * What the JSON API answers about the priorities and the advisor: records made for the
 * API; the advice's numbers are the {@link AdvisorResult}'s own records.
 */
final class PriorityApi {

	private PriorityApi() {
	}

	/**
	 * A priority a reader can weigh.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param leaning which model the source says it favours
	 * @param description what it means, written by the site
	 * @param cites the passages it rests on
	 * @param weights how it weighs the dimensions
	 * @param links its addresses
	 */
	@Schema(name = "Priority",
			description = "A priority the advisor weighs, with how it weighs the matrix's dimensions.")
	record PriorityEntry(@Schema(description = "The priority's slug.", example = "speed") String slug,
			@Schema(description = "The priority's name.") String name,
			@Schema(description = "Which kind of model the source says it favours.") Leaning leaning,
			@Schema(description = "What the priority means, written by the site (added).") String description,
			@Schema(description = "The numbers of the passages it rests on.") List<Integer> cites,
			@Schema(description = "How much it weighs each dimension, and which end it prefers.") List<Weight> weights,
			@Schema(description = "The priorities' API address and the advisor with this priority.") ApiLinks links) {
	}

	/**
	 * How a priority weighs a dimension.
	 *
	 * @param dimension the dimension's slug
	 * @param weight how much, 1 to 3
	 * @param prefers which end of the dimension it prefers
	 * @param cites the passages it rests on
	 */
	@Schema(name = "PriorityWeight", description = "How a priority weighs one dimension.")
	record Weight(@Schema(description = "The dimension's slug.", example = "scalability") String dimension,
			@Schema(description = "How much the dimension counts, from 1 to 3.", minimum = "1",
					maximum = "3") int weight,
			@Schema(description = "Which end of the dimension the priority prefers.") Pole prefers,
			@Schema(description = "The numbers of the passages it rests on.") List<Integer> cites) {
	}

	/**
	 * The advisor's answer.
	 *
	 * @param methodVersion the version of the scoring method
	 * @param selection the weighted priorities
	 * @param recommendation the winning model's slug
	 * @param scores each model's score, best first
	 * @param breakdown each priority's points for each model
	 * @param clearWinner whether the winner leads by more than 10 points
	 * @param margin the winner's lead
	 * @param tippingPoint the smallest weight change that changes the winner
	 * @param organisations the organisations ranked by the same priorities
	 * @param patterns the hybrid patterns ranked by the same priorities, with their
	 * breakdown
	 * @param edition the edition whose ratings it was computed with
	 * @param meta the licence and how to cite
	 * @param links its addresses
	 */
	@Schema(name = "Advice",
			description = "The advisor's recommendation for weighted priorities, with its arithmetic and how fragile it is.")
	record Advice(@Schema(description = "The version of the scoring method.", example = "2") String methodVersion,
			@Schema(description = "The weighted priorities, in the order given.") List<AdvisorResult.Weighted> selection,
			@Schema(description = "The slug of the recommended model.", example = "hybrid") String recommendation,
			@Schema(description = "Each model's score from 0 to 100, best first.") List<AdvisorResult.Score> scores,
			@Schema(description = "Each priority's points for each model.") List<AdvisorResult.Contribution> breakdown,
			@Schema(description = "Whether the winner leads by more than 10 points.") boolean clearWinner,
			@Schema(description = "The winner's lead over the runner-up, in points.") double margin,
			@Schema(description = "The smallest single weight change that changes the winner; null if none does.",
					nullable = true) Recommendation.TippingPoint tippingPoint,
			@Schema(description = "The organisations ranked by the same priorities, best first, whatever their must-haves.") List<Match> organisations,
			@Schema(description = "The slugs of the must-haves asked for (parameter require), possibly none.") List<String> requirements,
			@Schema(description = "Each organisation against the must-haves: only a sourced yes meets one; nothing found is UNKNOWN, never a no.") List<AdvisorResult.Standing> standings,
			@Schema(description = "The hybrid model's documented patterns ranked by the same priorities, with their breakdown.") AdvisorResult.PatternRanking patterns,
			@Schema(description = "The edition whose ratings the advice was computed with (see /api/v1/editions); its links carry it.",
					example = "1") int edition,
			@Schema(description = "The data's licence and how to cite it.") ApiMeta meta,
			@Schema(description = "The advice's API address and the advisor page with the same selection.") ApiLinks links) {
	}

	/**
	 * An organisation ranked by the priorities.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param score from 0 to 100
	 * @param links its addresses
	 */
	@Schema(name = "OrganisationMatch", description = "An organisation scored by the same priorities.")
	record Match(@Schema(description = "The organisation's slug.") String slug,
			@Schema(description = "The organisation's name.") String name,
			@Schema(description = "Its score from 0 to 100, to one decimal.") double score,
			@Schema(description = "The organisation's API address and page.") ApiLinks links) {
	}

}
