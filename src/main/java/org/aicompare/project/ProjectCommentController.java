package org.aicompare.project;

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
 * Commenting on an organisation's profile: the form, on a page of its own so the profile
 * stays the same for every reader; the post; and the page that thanks the reader.
 *
 * @author aicompare
 */
@Controller
class ProjectCommentController {

	static final String FORM_VIEW = CommentPosting.FORM_VIEW;

	static final String RECEIVED_VIEW = CommentPosting.RECEIVED_VIEW;

	private final OrganisationRepository organisations;

	private final CommentPosting posting;

	ProjectCommentController(OrganisationRepository organisations, CommentPosting posting) {
		this.organisations = organisations;
		this.posting = posting;
	}

	@InitBinder("commentForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/projects/{slug}/comments/new")
	String form(@PathVariable String slug, Model model) {
		CommentPage page = page(find(slug));
		model.addAttribute("page", page);
		model.addAttribute("commentForm", this.posting.newForm(page));
		return FORM_VIEW;
	}

	@PostMapping("/projects/{slug}/comments")
	String post(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Organisation organisation = find(slug);
		CommentPage page = page(organisation);
		CommentStatus status = this.posting.post(page, terms(organisation), form, errors, request);
		if (status == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", page);
			return FORM_VIEW;
		}
		return "redirect:/projects/{slug}/comments/received"
				+ ((status == CommentStatus.PUBLISHED) ? "?published=true" : "");
	}

	@GetMapping("/projects/{slug}/comments/received")
	String received(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean published, Model model) {
		model.addAttribute("page", page(find(slug)));
		model.addAttribute("published", published);
		return RECEIVED_VIEW;
	}

	private Organisation find(String slug) {
		return this.organisations.findProfile(slug).orElseThrow(() -> new ProjectNotFoundException(slug));
	}

	private static CommentPage page(Organisation organisation) {
		return new CommentPage(CommentTarget.PROJECT, organisation.getSlug(), organisation.getName());
	}

	/** The organisation's name, its model's and its products' name what it is about. */
	private static PageTerms terms(Organisation organisation) {
		List<String> terms = new ArrayList<>();
		terms.add(organisation.getName());
		terms.add(organisation.getModel().getName());
		organisation.getProducts().stream().map(Product::getName).forEach(terms::add);
		return PageTerms.of(terms);
	}

}
