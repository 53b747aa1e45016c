package org.aicompare.comment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Commenting on a page: the form, on a page of its own so the commented page stays the
 * same for every reader; the post; and the page that thanks the reader. A feature extends
 * it for its pages, mapped at {@code /<pages>/{slug}/comments}, and says how to find a
 * page and what it is about.
 *
 * @param <T> what the feature's pages show
 * @author aicompare
 */
public abstract class CommentFormController<T> {

	private final CommentPosting posting;

	protected CommentFormController(CommentPosting posting) {
		this.posting = posting;
	}

	@InitBinder("commentForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String form(@PathVariable String slug, Model model) {
		CommentedPage page = page(find(slug));
		model.addAttribute("page", page);
		model.addAttribute("commentForm", this.posting.newForm(page));
		return CommentPosting.FORM_VIEW;
	}

	@PostMapping
	String post(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		T shown = find(slug);
		CommentedPage page = page(shown);
		CommentStatus status = this.posting.post(page, terms(shown), form, errors, request);
		if (status == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", page);
			return CommentPosting.FORM_VIEW;
		}
		return "redirect:" + request.getRequestURI() + "/received"
				+ ((status == CommentStatus.PUBLISHED) ? "?published=true" : "");
	}

	@GetMapping("/received")
	String received(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean published, Model model) {
		model.addAttribute("page", page(find(slug)));
		model.addAttribute("published", published);
		return CommentPosting.RECEIVED_VIEW;
	}

	/**
	 * The page by its slug.
	 * @param slug the slug
	 * @return what the page shows
	 * @throws RuntimeException a not-found exception of the feature for an unknown slug
	 */
	protected abstract T find(String slug);

	/**
	 * The page as the comment form and the posting know it.
	 * @param shown what the page shows
	 * @return the page
	 */
	protected abstract CommentedPage page(T shown);

	/**
	 * The words that name what the page is about, for telling generic praise from a
	 * comment on the page.
	 * @param shown what the page shows
	 * @return the terms
	 */
	protected abstract PageTerms terms(T shown);

}
