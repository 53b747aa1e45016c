package org.aicompare.hybrid;

import java.net.URI;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiProblems;
import org.aicompare.web.ApiTerms;

/**
 * The hybrid patterns as JSON: the list and each pattern. An unknown slug is a problem
 * detail naming the valid ones.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hybrid patterns", description = "The documented ways of combining centralized and decentralized AI.")
class HybridApiController {

	static final String PATH = "/hybrid-patterns";

	private final HybridCatalogue catalogue;

	private final ApiTerms terms;

	HybridApiController(HybridCatalogue catalogue, ApiTerms terms) {
		this.catalogue = catalogue;
		this.terms = terms;
	}

	@GetMapping(PATH)
	@Operation(summary = "List the hybrid patterns",
			description = "Each documented pattern with its ratings on the matrix's dimensions, in the site's order.")
	@ApiResponse(responseCode = "200", description = "The patterns")
	ApiList<HybridApi.Summary> patterns() {
		return this.terms.list(this.catalogue.catalogue().patterns().stream().map(HybridApi.Summary::of).toList(), PATH,
				HybridController.PATH);
	}

	@GetMapping(PATH + "/{slug}")
	@Operation(summary = "One hybrid pattern",
			description = "The part of the source's scenario it realises, what runs where, what it delivers, its trade-offs, the parties involved, the priorities it serves and the site's ratings with their reasons.")
	@ApiResponse(responseCode = "200", description = "The pattern")
	@ApiResponse(responseCode = "404", description = "No pattern has this slug; the problem lists the valid ones",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	HybridApi.Detail pattern(
			@Parameter(description = "The pattern's slug.", example = "compute-to-data") @PathVariable String slug) {
		HybridCatalogue.Catalogue all = this.catalogue.catalogue();
		return HybridApi.Detail.of(all.find(slug).orElseThrow(() -> new PatternNotFoundException(slug, all.slugs())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(PatternNotFoundException ex) {
		return ApiProblems.unknown(URI.create("/hybrid"), "Unknown hybrid pattern",
				"No hybrid pattern has the slug '" + ex.getSlug() + "'.", ex.getValidSlugs());
	}

}
