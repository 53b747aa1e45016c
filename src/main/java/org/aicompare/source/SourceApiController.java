package org.aicompare.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.web.ApiLinks;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One passage of the source text as JSON, with the pages of the site that cite it, so a
 * client can check any claim against the words it rests on.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The source text, passage by passage.")
class SourceApiController {

	private final PassageRepository passages;

	private final List<CitationIndex> citationIndexes;

	SourceApiController(PassageRepository passages, List<CitationIndex> citationIndexes) {
		this.passages = passages;
		this.citationIndexes = citationIndexes;
	}

	@GetMapping("/sources/passages/{number}")
	@Operation(summary = "One passage of the source text",
			description = "The passage as the site shows it and exactly as the source has it, what was repaired, and the pages that cite it.")
	@ApiResponse(responseCode = "200", description = "The passage")
	@ApiResponse(responseCode = "400", description = "The number is not a whole number",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "The source has no passage with this number",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	PassageResource passage(@Parameter(description = "The passage number, its anchor on /sources.",
			example = "6") @PathVariable int number) {
		Passage passage = this.passages.findByNumber(number).orElseThrow(() -> new PassageNotFoundException(number));
		Map<String, CitingPage> citing = new TreeMap<>();
		this.citationIndexes.stream()
			.flatMap((index) -> index.citations().stream())
			.filter((citation) -> citation.passage() == number)
			.forEach((citation) -> citing.putIfAbsent(citation.page().path(),
					new CitingPage(citation.page().title(), citation.page().path())));
		return new PassageResource(passage.getNumber(), passage.getKind(), passage.getText(), passage.getOriginal(),
				passage.getRepair(), passage.getSection(), List.copyOf(citing.values()),
				ApiLinks.of("/sources/passages/" + number, "/sources#p-" + number));
	}

	/**
	 * A passage of the source text.
	 *
	 * @param number its number
	 * @param kind heading, paragraph, list item, table row or comment
	 * @param text its text as shown
	 * @param original its text exactly as the source has it
	 * @param repair what was repaired for display, or {@code null}
	 * @param section the heading it stands under
	 * @param citedBy the pages that cite it
	 * @param links its addresses
	 */
	@Schema(name = "Passage", description = "A numbered passage of the source text and the pages that cite it.")
	record PassageResource(
			@Schema(description = "The passage number, shown on the site as \"¶ 6\" (a passage, never a page).",
					example = "6") int number,
			@Schema(description = "What kind of passage it is.") PassageKind kind,
			@Schema(description = "The text as the site shows it, with any repair applied.") String text,
			@Schema(description = "The text exactly as the source has it.") String original,
			@Schema(description = "What was repaired for display, and why; null when nothing was.",
					nullable = true) String repair,
			@Schema(description = "The heading the passage stands under.", nullable = true) String section,
			@Schema(description = "The site's pages that cite this passage, by path.") List<CitingPage> citedBy,
			@Schema(description = "The passage's API address and its anchor on the sources page.") ApiLinks links) {
	}

	/**
	 * A page citing a passage.
	 *
	 * @param title the page's title
	 * @param html the page's path
	 */
	@Schema(name = "CitingPage", description = "A page of the site that cites a passage.")
	record CitingPage(@Schema(description = "The page's title.") String title,
			@Schema(description = "The page's path.", example = "/models/centralized") String html) {
	}

}
