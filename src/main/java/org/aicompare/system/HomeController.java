package org.aicompare.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the question the site answers, the source's short verdict, the three
 * models, the matrix at a glance, the ways in, and what changed last.
 *
 * @author aicompare
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final HomePages pages;

	HomeController(HomePages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		HomePages.HomePage page = this.pages.home();
		model.addAttribute("models", page.models());
		model.addAttribute("verdict", HomePages.VERDICT);
		model.addAttribute("matrix", page.matrix());
		model.addAttribute("citations", page.citations());
		model.addAttribute("contentVersion", page.contentVersion());
		model.addAttribute("latestChange", page.latestChange());
		return VIEW;
	}

}
