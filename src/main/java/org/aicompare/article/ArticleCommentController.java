package org.aicompare.article;

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
 * Commenting on an article: the form, on a page of its own so the article stays the same
 * for every reader; the post; and the page that thanks the reader.
 *
 * @author aicompare
 */
@Controller
@RequestMapping("/articles/{slug}/comments")
class ArticleCommentController extends CommentFormController<Article> {

	static final String FORM_VIEW = CommentPosting.FORM_VIEW;

	static final String RECEIVED_VIEW = CommentPosting.RECEIVED_VIEW;

	private final ArticleRepository articles;

	ArticleCommentController(ArticleRepository articles, CommentPosting posting) {
		super(posting);
		this.articles = articles;
	}

	@Override
	protected Article find(String slug) {
		return this.articles.findWithSections(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

	@Override
	protected CommentedPage page(Article article) {
		return new CommentedPage(CommentTarget.ARTICLE, article.getSlug(), article.getTitle());
	}

	/** The article's title and the titles of its sections name what it is about. */
	@Override
	protected PageTerms terms(Article article) {
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
