package org.aicompare.edition;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /changes}: every edition, newest first, with its summary and what changed.
 */
@Controller
class ChangesController {

	static final String PATH = "/changes";

	static final String VIEW = "edition/changes";

	private final Editions editions;

	ChangesController(Editions editions) {
		this.editions = editions;
	}

	@GetMapping(PATH)
	String changes(Model model) {
		model.addAttribute("page", ChangesPage.of(this.editions.all()));
		return VIEW;
	}

}
