package org.aicompare.about;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who stands behind the site, how to reach them, how errors are corrected and every
 * correction made.
 */
@Controller
class AboutController {

	static final String PATH = "/about";

	static final String VIEW = "about/about";

	private final AboutPageAssembler assembler;

	AboutController(AboutPageAssembler assembler) {
		this.assembler = assembler;
	}

	@GetMapping(PATH)
	String about(Model model) {
		model.addAttribute("page", this.assembler.page());
		return VIEW;
	}

}
