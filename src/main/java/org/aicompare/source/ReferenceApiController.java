package org.aicompare.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;

/**
 * The references of the facts the site adds, as JSON: what a citer needs to follow one
 * (title, publisher, date, address, primary or secondary) and the statements that rest on
 * it.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "References", description = "The public sources of the facts the site adds beyond the source text.")
class ReferenceApiController {

	private final ReferenceRepository references;

	private final List<ReferenceIndex> indexes;

	private final ApiTerms terms;

	ReferenceApiController(ReferenceRepository references, List<ReferenceIndex> indexes, ApiTerms terms) {
		this.references = references;
		this.indexes = indexes;
		this.terms = terms;
	}

	@GetMapping("/references")
	@Operation(summary = "Every reference",
			description = "The references of the facts the site adds, in the order of the sources page, each with the statements that cite it.")
	@ApiResponse(responseCode = "200", description = "The references")
	ApiList<ReferenceResource> references() {
		Map<String, List<CitingStatement>> uses = uses();
		return this.terms.list(this.references.findAllByOrderByPosition()
			.stream()
			.map((reference) -> resource(reference, uses))
			.toList(), "/references", "/sources");
	}

	@GetMapping("/references/{code}")
	@Operation(summary = "One reference", description = "A reference by its code, with the statements that cite it.")
	@ApiResponse(responseCode = "200", description = "The reference")
	@ApiResponse(responseCode = "404", description = "The site has no reference with this code",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ReferenceResource reference(@Parameter(description = "The reference's code, its anchor on /sources.",
			example = "FC-C1") @PathVariable String code) {
		return this.references.findAllByOrderByPosition()
			.stream()
			.filter((reference) -> reference.getCode().equals(code))
			.findFirst()
			.map((reference) -> resource(reference, uses()))
			.orElseThrow(() -> new ReferenceNotFoundException(code));
	}

	private static ReferenceResource resource(Reference reference, Map<String, List<CitingStatement>> uses) {
		String code = reference.getCode();
		return new ReferenceResource(code, reference.getTitle(), reference.getPublisher(), reference.getPublished(),
				reference.getAddress(), reference.getKind(), uses.getOrDefault(code, List.of()),
				ApiLinks.of("/references/" + code, "/sources#ref-" + code));
	}

	/**
	 * The statements citing each reference, by code, each once, in the order of their
	 * pages.
	 */
	private Map<String, List<CitingStatement>> uses() {
		return this.indexes.stream()
			.flatMap((index) -> index.uses().stream())
			.distinct()
			.sorted(Comparator.comparing((ReferenceIndex.Use use) -> use.page().path()))
			.collect(Collectors.groupingBy(ReferenceIndex.Use::code,
					Collectors.mapping((use) -> new CitingStatement(use.text(), use.page().title(), use.page().path()),
							Collectors.toList())));
	}

	/**
	 * A reference a reader can follow.
	 *
	 * @param code its code
	 * @param title its title
	 * @param publisher who published it
	 * @param published the date it gives
	 * @param address its address
	 * @param kind primary or secondary
	 * @param citedBy the statements that cite it
	 * @param links its addresses
	 */
	@Schema(name = "Reference", description = "A public source of the facts the site adds, and what cites it.")
	record ReferenceResource(@Schema(description = "Its code, as pages cite it.", example = "FC-C1") String code,
			@Schema(description = "Its title.") String title,
			@Schema(description = "Who published it.", nullable = true) String publisher,
			@Schema(description = "The date it gives, as it gives it (a day, a month, a year or \"undated\").",
					nullable = true) String published,
			@Schema(description = "Its https address.", nullable = true) String address,
			@Schema(description = "PRIMARY for the organisation's own document, SECONDARY for someone else's account.",
					nullable = true) ReferenceKind kind,
			@Schema(description = "The statements on the site that cite it.") List<CitingStatement> citedBy,
			@Schema(description = "Its API address and its anchor on the sources page.") ApiLinks links) {
	}

	/**
	 * One statement that cites a reference.
	 *
	 * @param text the statement
	 * @param page the title of the page it stands on
	 * @param path the path of that page
	 */
	@Schema(name = "CitingStatement", description = "A statement on the site that cites a reference.")
	record CitingStatement(@Schema(description = "The statement.") String text,
			@Schema(description = "The title of the page it stands on.") String page,
			@Schema(description = "The path of that page.", example = "/projects/amazon-ai") String path) {
	}

}
