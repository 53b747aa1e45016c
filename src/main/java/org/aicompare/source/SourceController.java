package org.aicompare.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole source text, one anchored passage after another, so any page can cite a
 * passage by linking to {@code /sources#p-N}.
 *
 * @author aicompare
 */
@Controller
class SourceController {

	static final String VIEW = "source/sources";

	private final PassageRepository passages;

	SourceController(PassageRepository passages) {
		this.passages = passages;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("passages", this.passages.findAllByOrderByNumber());
		return VIEW;
	}

}
