package org.aicompare.priority;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.edition.EditionNumbers;
import org.aicompare.project.Requirement;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The priorities and the advisor as JSON: the same scorer and the same validation as
 * {@code /advisor}, so a client gets the answer a reader gets.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Advisor", description = "The priorities and the advice they give.")
class PriorityApiController {

	private final PriorityRepository priorities;

	private final Advisor advisor;

	private final ApiTerms terms;

	PriorityApiController(PriorityRepository priorities, Advisor advisor, ApiTerms terms) {
		this.priorities = priorities;
		this.advisor = advisor;
		this.terms = terms;
	}

	@GetMapping("/priorities")
	@Operation(summary = "List the priorities",
			description = "Every priority the advisor weighs, with how it weighs each dimension of the matrix.")
	ApiList<PriorityApi.PriorityEntry> priorities() {
		return this.terms.list(this.priorities.findAllWithWeights()
			.stream()
			.map((priority) -> new PriorityApi.PriorityEntry(priority.getSlug(), priority.getName(),
					priority.getLeaning(), priority.getDescription(), priority.getCites(),
					priority.getWeights()
						.stream()
						.map((weight) -> new PriorityApi.Weight(weight.getDimension().getSlug(), weight.getWeight(),
								weight.getPrefers(), weight.getCites()))
						.toList(),
					ApiLinks.of("/priorities", "/advisor?priority=" + priority.getSlug())))
			.toList(), "/priorities", "/methodology#advisor");
	}

	@GetMapping("/advice")
	@Operation(summary = "Advice for weighted priorities",
			description = "The recommended model for the priorities given, with each model's score, the breakdown, how clear the win is, the tipping point, and the organisations and hybrid patterns ranked by the same priorities.")
	@ApiResponse(responseCode = "200", description = "The advice")
	@ApiResponse(responseCode = "400",
			description = "No priority, a priority or weight that is not valid, or an edition that does not exist; the problem lists the valid ones",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<?> advice(@Parameter(
			description = "A priority's slug, optionally with a weight from 1 to 3 (default 1); repeat for several.",
			example = "transparency:3") @RequestParam(name = "priority", required = false) List<String> values,
			@Parameter(
					description = "A must-have, checked against each organisation's sourced answers before the weights: no-training-by-default, eu-data-residency, dpa-offered, open-weights, published-sla or openai-compatible-api; repeat for several.",
					example = "eu-data-residency") @RequestParam(name = Requirement.PARAMETER,
							required = false) List<String> required,
			@Parameter(
					description = "The edition whose ratings to compute with, to see an old result again (see /api/v1/editions); the current edition when absent.",
					schema = @Schema(type = "integer", minimum = "1"),
					example = "1") @RequestParam(name = EditionNumbers.PARAMETER, required = false) String edition) {
		Advisor.Advice advice = this.advisor.advise((values != null) ? values : List.of(),
				(required != null) ? required : List.of(), edition);
		if (!advice.hasResult()) {
			return AdvisorDownloadController.problem(advice);
		}
		AdvisorResult result = advice.result();
		String query = result.selectionQuery();
		var profiles = advice.snapshot().organisations().profiles();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new PriorityApi.Advice(result.methodVersion(), result.selection(), result.recommendation(),
					result.scores(), result.breakdown(), result.clearWinner(), result.margin(), result.tippingPoint(),
					result.organisations()
						.stream()
						.filter((match) -> profiles.containsKey(match.model()))
						.map((match) -> new PriorityApi.Match(match.model(), profiles.get(match.model()).name(),
								match.score(), ApiLinks.of("/projects/" + match.model(), "/projects/" + match.model())))
						.toList(),
					result.requirements(), result.standings(), result.patterns(), result.edition(),
					this.terms.meta("/advisor?" + query), ApiLinks.of("/advice?" + query, "/advisor?" + query)));
	}

}
