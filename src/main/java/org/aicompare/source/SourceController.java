package org.aicompare.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aicompare.web.PageLink;

/**
 * The whole source text, one anchored passage after another, so any page can cite a
 * passage by linking to {@code /sources#p-N}; under each passage, the pages that cite it;
 * then the public references behind the facts the site adds, each at
 * {@code /sources#ref-S4}, with the statements that cite it. A passage a feature
 * withholds (the spam comment of the source's thread) is listed with the reason, without
 * its text.
 */
@Controller
class SourceController {

	static final String VIEW = "source/sources";

	private final PassageRepository passages;

	private final ReferenceRepository references;

	private final List<CitationIndex> citationIndexes;

	private final List<ReferenceIndex> referenceIndexes;

	private final ObjectProvider<WithheldPassages> withheld;

	SourceController(PassageRepository passages, ReferenceRepository references, List<CitationIndex> citationIndexes,
			List<ReferenceIndex> referenceIndexes, ObjectProvider<WithheldPassages> withheld) {
		this.passages = passages;
		this.references = references;
		this.citationIndexes = citationIndexes;
		this.referenceIndexes = referenceIndexes;
		this.withheld = withheld;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		List<Passage> all = this.passages.findAllByOrderByNumber();
		// The article and the comment thread below it are told apart, so that each count
		// the site gives says what it counts.
		List<Passage> article = all.stream().filter((passage) -> passage.getKind() != PassageKind.COMMENT).toList();
		List<Passage> thread = all.stream().filter((passage) -> passage.getKind() == PassageKind.COMMENT).toList();
		model.addAttribute("passages", article);
		model.addAttribute("comments", thread);
		model.addAttribute("passageCount", all.size());
		model.addAttribute("citedBy", citedBy());
		model.addAttribute("withheld", withheld());
		model.addAttribute("references", this.references.findAllByOrderByPosition());
		model.addAttribute("usedBy", usedBy());
		return VIEW;
	}

	/**
	 * The statements citing each reference, by code, each once, ordered by page.
	 */
	private Map<String, List<ReferenceIndex.Use>> usedBy() {
		return this.referenceIndexes.stream()
			.flatMap((index) -> index.uses().stream())
			.distinct()
			.sorted(Comparator.comparing((ReferenceIndex.Use use) -> use.page().path()))
			.collect(Collectors.groupingBy(ReferenceIndex.Use::code));
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

	/**
	 * The reason each withheld passage is withheld, by passage number.
	 */
	private Map<Integer, String> withheld() {
		Map<Integer, String> reasons = new TreeMap<>();
		this.withheld.orderedStream()
			.flatMap((feature) -> feature.withheld().stream())
			.forEach((passage) -> reasons.putIfAbsent(passage.passage(), passage.reason()));
		return reasons;
	}

	private static List<PageLink> byPath(List<CitationIndex.Citation> citations) {
		Map<String, PageLink> pages = new TreeMap<>();
		citations.forEach((citation) -> pages.putIfAbsent(citation.page().path(), citation.page()));
		return List.copyOf(pages.values());
	}

}
