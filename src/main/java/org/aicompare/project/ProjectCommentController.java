package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import org.aicompare.comment.CommentedPage;
import org.aicompare.comment.CommentFormController;
import org.aicompare.comment.CommentPosting;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.PageTerms;

/**
 * Commenting on an organisation's profile: the form, on a page of its own so the profile
 * stays the same for every reader; the post; and the page that thanks the reader.
 *
 * @author aicompare
 */
@Controller
@RequestMapping("/projects/{slug}/comments")
class ProjectCommentController extends CommentFormController<Organisation> {

	static final String FORM_VIEW = CommentPosting.FORM_VIEW;

	static final String RECEIVED_VIEW = CommentPosting.RECEIVED_VIEW;

	private final OrganisationRepository organisations;

	ProjectCommentController(OrganisationRepository organisations, CommentPosting posting) {
		super(posting);
		this.organisations = organisations;
	}

	@Override
	protected Organisation find(String slug) {
		return this.organisations.findProfile(slug).orElseThrow(() -> new ProjectNotFoundException(slug));
	}

	@Override
	protected CommentedPage page(Organisation organisation) {
		return new CommentedPage(CommentTarget.PROJECT, organisation.getSlug(), organisation.getName());
	}

	/** The organisation's name, its model's and its products' name what it is about. */
	@Override
	protected PageTerms terms(Organisation organisation) {
		List<String> terms = new ArrayList<>();
		terms.add(organisation.getName());
		terms.add(organisation.getModel().getName());
		organisation.getProducts().stream().map(Product::getName).forEach(terms::add);
		return PageTerms.of(terms);
	}

}
