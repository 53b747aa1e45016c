package org.aicompare.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The articles: the list of all of them in reading order, and each one with its sections,
 * cited passage by passage, its neighbours, related organisations and comments.
 */
@Controller
class ArticleController {

	static final String LIST_VIEW = "article/articles";

	static final String VIEW = "article/article";

	private final ArticleIndexAssembler index;

	private final ArticlePageAssembler pages;

	ArticleController(ArticleIndexAssembler index, ArticlePageAssembler pages) {
		this.index = index;
		this.pages = pages;
	}

	@GetMapping("/articles")
	String articles(Model model) {
		model.addAttribute("page", this.index.index());
		return LIST_VIEW;
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.pages.page(slug));
		return VIEW;
	}

}
