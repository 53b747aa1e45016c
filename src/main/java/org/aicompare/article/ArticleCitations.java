package org.aicompare.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.source.CitationIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which passages each article shows: every passage of its run.
 */
@Component
class ArticleCitations implements CitationIndex {

	private final ArticleRepository articles;

	ArticleCitations(ArticleRepository articles) {
		this.articles = articles;
	}

	@Override
	public List<Citation> citations() {
		List<Citation> citations = new ArrayList<>();
		for (Article article : this.articles.findAllByOrderByPosition()) {
			PageLink page = new PageLink(article.getTitle(), "/articles/" + article.getSlug());
			for (int passage = article.getFirstPassage(); passage <= article.getLastPassage(); passage++) {
				citations.add(new Citation(passage, page));
			}
		}
		return citations;
	}

}
