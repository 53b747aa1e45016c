package org.aicompare.priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aicompare.web.PageCitation;

/**
 * A downloadable decision, the JSON download's view of an {@link AdvisorResult}: the
 * selection, the scores, the breakdown, the fragility and the method version, with the
 * decision's addresses.
 *
 * @param methodVersion the version of the scoring method
 * @param selection the weighted priorities, in the reader's order
 * @param recommendation the winning model's slug
 * @param clearWinner whether the winner leads by more than 10 points
 * @param margin the winner's lead over the runner-up, in points
 * @param scores each model's score, best first
 * @param breakdown each priority's points for each model
 * @param tippingPoint the smallest single weight change that changes the winner, or
 * {@code null}
 * @param requirements the must-haves asked for, possibly none
 * @param organisations the organisations ranked by the same priorities, best first
 * @param standings each organisation against the must-haves
 * @param patterns the hybrid patterns ranked by the same priorities, with their breakdown
 * @param edition the edition whose ratings it was computed with
 * @param links the decision's own address and its page's
 * @param citation the page's full address, the content revision and the date it was
 * computed, for citing the decision
 */
public record Decision(String methodVersion, List<AdvisorResult.Weighted> selection, String recommendation,
		boolean clearWinner, double margin, List<AdvisorResult.Score> scores,
		List<AdvisorResult.Contribution> breakdown, Recommendation.TippingPoint tippingPoint, List<String> requirements,
		List<AdvisorResult.Score> organisations, List<AdvisorResult.Standing> standings,
		AdvisorResult.PatternRanking patterns, int edition, Map<String, String> links, PageCitation citation) {

	static Decision of(AdvisorResult result, PageCitation citation) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/advisor.json?" + result.selectionQuery());
		links.put("html", "/advisor?" + result.selectionQuery());
		return new Decision(result.methodVersion(), result.selection(), result.recommendation(), result.clearWinner(),
				result.margin(), result.scores(), result.breakdown(), result.tippingPoint(), result.requirements(),
				result.organisations(), result.standings(), result.patterns(), result.edition(), links, citation);
	}

}
