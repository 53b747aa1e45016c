package org.aicompare.article;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;

/**
 * Lists, on a model's page, the articles about that model.
 */
@Component
class ArticleRelatedLinks implements RelatedLinks {

	static final String HEADING = "related.articles";

	private final ArticleRepository articles;

	ArticleRelatedLinks(ArticleRepository articles) {
		this.articles = articles;
	}

	@Override
	public Section relatedTo(PageKind kind, String slug) {
		if (kind != PageKind.MODEL) {
			return new Section(HEADING, List.of());
		}
		return new Section(HEADING,
				this.articles.findByModelSlugOrderByPosition(slug)
					.stream()
					.map((article) -> new PageLink(article.getTitle(), "/articles/" + article.getSlug()))
					.toList());
	}

}
