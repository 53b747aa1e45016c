package org.aicompare.article;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the list of every article as plain values, in one statement, and keeps it for
 * the site revision.
 */
@Service
class ArticleIndexAssembler {

	private final ArticleRepository articles;

	ArticleIndexAssembler(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * The list of every article.
	 * @return the articles, grouped and in reading order
	 */
	@Cacheable("article-index")
	@Transactional(readOnly = true)
	public ArticleIndex index() {
		return ArticleIndex.of(this.articles.findAllWithSections());
	}

}
