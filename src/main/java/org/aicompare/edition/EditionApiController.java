package org.aicompare.edition;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiProblems;
import org.aicompare.web.ApiTerms;
import org.aicompare.web.InvalidParameterException;

/**
 * The editions as JSON: the list and each edition with its changes. A number that is not
 * a number is a 400, one that names no edition a 404; both problems list the editions.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editions", description = "Every dated, numbered change to the ratings, facts, references and patterns.")
class EditionApiController {

	static final String PATH = "/editions";

	private final Editions editions;

	private final ApiTerms terms;

	EditionApiController(Editions editions, ApiTerms terms) {
		this.editions = editions;
		this.terms = terms;
	}

	@GetMapping(PATH)
	@Operation(summary = "List the editions",
			description = "Every edition, newest first, with its date, the editors' summary, the challenges it answers and how many changes it made.")
	@ApiResponse(responseCode = "200", description = "The editions")
	ApiList<EditionApi.Summary> editions() {
		return this.terms.list(this.editions.all().stream().map(EditionApi.Summary::of).toList(), PATH,
				ChangesController.PATH);
	}

	@GetMapping(PATH + "/{number}")
	@Operation(summary = "One edition",
			description = "An edition with every change the site computed against the edition before: each rating from and to with its reason, facts, references and patterns added, removed or changed.")
	@ApiResponse(responseCode = "200", description = "The edition")
	@ApiResponse(responseCode = "400", description = "The number is not a whole number; the problem lists the editions",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "No edition has this number; the problem lists the editions",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	EditionApi.Detail edition(@Parameter(description = "The edition's number.",
			schema = @Schema(type = "integer", minimum = "1"), example = "1") @PathVariable String number) {
		int wanted = EditionNumbers.parse(number)
			.orElseThrow(() -> new InvalidParameterException("number", number, this.editions.numbers()));
		return this.editions.find(wanted)
			.map(EditionApi.Detail::of)
			.orElseThrow(() -> new EditionNotFoundException(number));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(EditionNotFoundException ex) {
		return ApiProblems.unknown(URI.create(ChangesController.PATH), "Unknown edition",
				"No edition has the number " + ex.getNumber() + ".", this.editions.numbers());
	}

}
