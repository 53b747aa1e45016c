package org.aicompare.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole source text, one anchored passage after another, so any page can cite a
 * passage by linking to {@code /sources#p-N}; then the public references behind the facts
 * the site adds, each at {@code /sources#ref-S4}.
 *
 * @author aicompare
 */
@Controller
class SourceController {

	static final String VIEW = "source/sources";

	private final PassageRepository passages;

	private final ReferenceRepository references;

	SourceController(PassageRepository passages, ReferenceRepository references) {
		this.passages = passages;
		this.references = references;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("passages", this.passages.findAllByOrderByNumber());
		model.addAttribute("references", this.references.findAllByOrderByPosition());
		return VIEW;
	}

}
