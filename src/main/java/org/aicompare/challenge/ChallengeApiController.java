package org.aicompare.challenge;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.edition.Editions;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiTerms;
import org.aicompare.web.InvalidParameterException;

/**
 * Readers' challenges as JSON, read only: every challenge that is not spam, newest first
 * a page at a time, and each by its number.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Challenges", description = "Readers' challenges to the site's ratings, with the moderators' decisions.")
class ChallengeApiController {

	/** The largest page a client may ask for. */
	static final int MAX_SIZE = 100;

	private final ChallengeRepository challenges;

	private final Editions editions;

	private final ApiTerms terms;

	ChallengeApiController(ChallengeRepository challenges, Editions editions, ApiTerms terms) {
		this.challenges = challenges;
		this.editions = editions;
		this.terms = terms;
	}

	@GetMapping("/challenges")
	@Operation(summary = "List the challenges",
			description = "Every challenge that is not spam, newest first, one page at a time.")
	@ApiResponse(responseCode = "200", description = "One page of challenges")
	@ApiResponse(responseCode = "400", description = "The page or size is not valid",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ChallengeApi.Page challenges(
			@Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page, @Parameter(
					description = "Challenges per page, from 1 to 100.") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", String.valueOf(page), List.of("0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size), List.of("1 to " + MAX_SIZE));
		}
		Page<Challenge> shown = this.challenges.findByStatusNot(ChallengeStatus.SPAM,
				PageRequest.of(page, size, ChallengeController.NEWEST_FIRST));
		return new ChallengeApi.Page(
				shown.getContent()
					.stream()
					.map((each) -> ChallengeApi.Item.of(ChallengeEntry.of(each, this.editions)))
					.toList(),
				page, size, shown.getTotalElements(), this.terms.meta("/challenges"),
				ApiLinks.of("/challenges", "/challenges"));
	}

	@GetMapping("/challenges/{number}")
	@Operation(summary = "One challenge", description = "A challenge that is not spam, by its number.")
	@ApiResponse(responseCode = "200", description = "The challenge")
	@ApiResponse(responseCode = "404", description = "No challenge is shown with this number",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ChallengeApi.Item challenge(@Parameter(description = "The challenge's number.") @PathVariable long number) {
		return this.challenges.findByIdAndStatusNot(number, ChallengeStatus.SPAM)
			.map((each) -> ChallengeApi.Item.of(ChallengeEntry.of(each, this.editions)))
			.orElseThrow(() -> new ChallengeNotFoundException(number));
	}

}
