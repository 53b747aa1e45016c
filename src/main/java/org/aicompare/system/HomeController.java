package org.aicompare.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the question the site answers, the source's short verdict, the three
 * models, the matrix at a glance, the ways in, and what changed last.
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final HomePageAssembler pages;

	HomeController(HomePageAssembler pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("page", this.pages.home());
		return VIEW;
	}

}
