package org.aicompare.priority.guide;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.priority.AdviceForWeights;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiProblems;

/**
 * The guide as JSON: the same state, validation, questions and weights as
 * {@code /advisor/guide}, so a client can run the questions itself or derive weights from
 * answers it already has.
 */
@RestController
@Tag(name = "Advisor", description = "The priorities and the advice they give.")
class GuideApiController {

	static final String PATH = "/advice/guide";

	private final GuidePageAssembler pages;

	private final AdviceForWeights advisor;

	GuideApiController(GuidePageAssembler pages, AdviceForWeights advisor) {
		this.pages = pages;
		this.advisor = advisor;
	}

	@GetMapping(path = ApiLinks.PREFIX + PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Weights from either-or answers",
			description = "The guide's derivation: give the chosen priorities and the answers so far; get the next question "
					+ "(never one the answers already settle by transitivity), or, once every pair is settled, each "
					+ "priority's wins, ties, losses and weight from 1 to 3, any cycles of answers (counted as ties), and "
					+ "the advisor's recommendation for those weights. Ask the questions in the order the API gives them, "
					+ "adding each answer as another answer parameter.")
	@ApiResponse(responseCode = "200", description = "Where the answers stand")
	@ApiResponse(responseCode = "400",
			description = "An unknown, repeated or missing priority, a malformed or repeated answer, an answer the earlier ones already settle, or an over-long request",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<GuideApi.Guide> guide(
			@Parameter(description = "A chosen priority's slug; repeat for each, at least two.",
					example = "speed") @RequestParam(name = GuideState.PRIORITY,
							required = false) List<String> priorities,
			@Parameter(
					description = "An answer, in the order given: a.over.b when a matters more, a.same.b when about the same; repeat for each.",
					example = "speed.over.trust") @RequestParam(name = GuideState.ANSWER,
							required = false) List<String> answers) {
		GuideState state = GuideState.parse((priorities != null) ? priorities : List.of(),
				(answers != null) ? answers : List.of(), this.pages.known());
		Elicitation elicitation = state.elicitation();
		Optional<Question> next = elicitation.next();
		List<GuideWeights.Tally> tallies = next.isEmpty() ? GuideWeights.of(elicitation) : List.of();
		AdviceForWeights.Result advice = next.isEmpty() ? this.advisor.advise(GuideWeights.weights(tallies)) : null;
		String query = state.toQuery();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new GuideApi.Guide(state.priorities(), given(state.answers()), next.isEmpty(),
					next.map(GuideApiController::question).orElse(null), state.answers().size(),
					elicitation.remainingAtMost(), Elicitation.pairs(state.priorities().size()),
					elicitation.cycles().stream().map(GuideApiController::given).toList(),
					tallies.stream()
						.map((tally) -> new GuideApi.Weight(tally.priority(), tally.wins(), tally.ties(),
								tally.losses(), tally.wins() + tally.ties() / 2.0, tally.weight()))
						.toList(),
					(advice != null) ? advice.result().winner() : null,
					(advice != null) ? advice.selectionQuery() : null, GuideWeights.RULE,
					ApiLinks.of(PATH + "?" + query, GuideController.PATH + "?" + query)));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidGuideStateException ex) {
		return ApiProblems.invalidValues(URI.create("/methodology#guide"), "Invalid guide state",
				"The value of the parameter '" + ex.getParameter() + "' is not one the guide would write.",
				List.of(new ApiProblems.InvalidParam(ex.getParameter(), ex.getValue(), ex.getProblem().reason())),
				List.copyOf(this.pages.known()));
	}

	private static GuideApi.NextQuestion question(Question question) {
		return new GuideApi.NextQuestion(question.first(), question.second(),
				List.of(GuideState.format(new Answer(question.first(), question.second(), false)),
						GuideState.format(new Answer(question.second(), question.first(), false)),
						GuideState.format(new Answer(question.first(), question.second(), true))));
	}

	private static List<GuideApi.GivenAnswer> given(List<Answer> answers) {
		return answers.stream()
			.map((answer) -> new GuideApi.GivenAnswer(GuideState.format(answer), answer.first(), answer.second(),
					answer.same()))
			.toList();
	}

}
