package org.aicompare.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The articles: the list of all of them in reading order, and each one with its sections,
 * cited passage by passage, its neighbours, related organisations and comments.
 *
 * @author aicompare
 */
@Controller
class ArticleController {

	static final String LIST_VIEW = "article/articles";

	static final String VIEW = "article/article";

	private final ArticlePages pages;

	ArticleController(ArticlePages pages) {
		this.pages = pages;
	}

	@GetMapping("/articles")
	String articles(Model model) {
		model.addAttribute("index", this.pages.index());
		return LIST_VIEW;
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		ArticlePage page = this.pages.page(slug);
		model.addAttribute("article", page.article());
		model.addAttribute("group", page.group());
		model.addAttribute("about", page.about());
		model.addAttribute("titlePassage", page.titlePassage());
		model.addAttribute("body", page.body());
		model.addAttribute("previous", page.previous());
		model.addAttribute("next", page.next());
		model.addAttribute("related", page.related());
		model.addAttribute("comments", page.comments());
		model.addAttribute("commentCount", page.commentCount());
		model.addAttribute("jsonLd", page.jsonLd());
		return VIEW;
	}

}
