package org.aicompare.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aicompare.web.PageLink;

/**
 * The whole source text, one anchored passage after another, so any page can cite a
 * passage by linking to {@code /sources#p-N}; under each passage, the pages that cite it;
 * then the public references behind the facts the site adds, each at
 * {@code /sources#ref-S4}.
 */
@Controller
class SourceController {

	static final String VIEW = "source/sources";

	private final PassageRepository passages;

	private final ReferenceRepository references;

	private final List<CitationIndex> citationIndexes;

	SourceController(PassageRepository passages, ReferenceRepository references, List<CitationIndex> citationIndexes) {
		this.passages = passages;
		this.references = references;
		this.citationIndexes = citationIndexes;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("passages", this.passages.findAllByOrderByNumber());
		model.addAttribute("citedBy", citedBy());
		model.addAttribute("references", this.references.findAllByOrderByPosition());
		return VIEW;
	}

	/**
	 * The pages citing each passage, once each, in the order of their paths.
	 */
	private Map<Integer, List<PageLink>> citedBy() {
		return this.citationIndexes.stream()
			.flatMap((index) -> index.citations().stream())
			.collect(Collectors.groupingBy(CitationIndex.Citation::passage,
					Collectors.collectingAndThen(Collectors.toList(), SourceController::byPath)));
	}

	private static List<PageLink> byPath(List<CitationIndex.Citation> citations) {
		Map<String, PageLink> pages = new TreeMap<>();
		citations.forEach((citation) -> pages.putIfAbsent(citation.page().path(), citation.page()));
		return List.copyOf(pages.values());
	}

}
