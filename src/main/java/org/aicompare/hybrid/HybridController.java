package org.aicompare.hybrid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;

/**
 * The hybrid model made concrete: the list of documented patterns, introduced by the
 * source's hybrid section, and a page per pattern.
 */
@Controller
class HybridController {

	static final String PATH = "/hybrid";

	static final String LIST_VIEW = "hybrid/patterns";

	static final String VIEW = "hybrid/pattern";

	static final String NOT_FOUND_VIEW = "hybrid/not-found";

	private final HybridPageAssembler pages;

	private final HybridCatalogue catalogue;

	private final Editions editions;

	HybridController(HybridPageAssembler pages, HybridCatalogue catalogue, Editions editions) {
		this.editions = editions;
		this.pages = pages;
		this.catalogue = catalogue;
	}

	@GetMapping(PATH)
	String patterns(Model model) {
		model.addAttribute("page", this.pages.index());
		return LIST_VIEW;
	}

	@GetMapping(PATH + "/{slug}")
	String pattern(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.pages.pattern(slug));
		model.addAttribute("editionChanges", this.editions.changesOf(EditionKeys.patternOwner(slug)));
		return VIEW;
	}

	/**
	 * An unknown pattern: the site's 404, in its layout, with the patterns that exist.
	 */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(PatternNotFoundException ex, Model model) {
		model.addAttribute("slug", ex.getSlug());
		model.addAttribute("patterns", this.catalogue.catalogue().patterns());
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return NOT_FOUND_VIEW;
	}

}
