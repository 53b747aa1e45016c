package org.aicompare.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.comment.CommentForm;
import org.aicompare.comment.CommentPage;
import org.aicompare.comment.CommentPosting;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.PageTerms;

/**
 * Commenting on an article: the form, on a page of its own so the article stays the same
 * for every reader; the post; and the page that thanks the reader.
 *
 * @author aicompare
 */
@Controller
class ArticleCommentController {

	static final String FORM_VIEW = CommentPosting.FORM_VIEW;

	static final String RECEIVED_VIEW = CommentPosting.RECEIVED_VIEW;

	private final ArticleRepository articles;

	private final CommentPosting posting;

	ArticleCommentController(ArticleRepository articles, CommentPosting posting) {
		this.articles = articles;
		this.posting = posting;
	}

	@InitBinder("commentForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/articles/{slug}/comments/new")
	String form(@PathVariable String slug, Model model) {
		CommentPage page = page(find(slug));
		model.addAttribute("page", page);
		model.addAttribute("commentForm", this.posting.newForm(page));
		return FORM_VIEW;
	}

	@PostMapping("/articles/{slug}/comments")
	String post(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Article article = find(slug);
		CommentPage page = page(article);
		CommentStatus status = this.posting.post(page, terms(article), form, errors, request);
		if (status == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", page);
			return FORM_VIEW;
		}
		return "redirect:/articles/{slug}/comments/received"
				+ ((status == CommentStatus.PUBLISHED) ? "?published=true" : "");
	}

	@GetMapping("/articles/{slug}/comments/received")
	String received(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean published, Model model) {
		model.addAttribute("page", page(find(slug)));
		model.addAttribute("published", published);
		return RECEIVED_VIEW;
	}

	private Article find(String slug) {
		return this.articles.findWithSections(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

	private static CommentPage page(Article article) {
		return new CommentPage(CommentTarget.ARTICLE, article.getSlug(), article.getTitle());
	}

	/** The article's title and the titles of its sections name what it is about. */
	private static PageTerms terms(Article article) {
		List<String> terms = new ArrayList<>();
		terms.add(article.getTitle());
		article.getSections()
			.stream()
			.map(ArticleSection::getTitle)
			.filter((title) -> title != null && !title.isBlank())
			.forEach(terms::add);
		return PageTerms.of(terms);
	}

}
