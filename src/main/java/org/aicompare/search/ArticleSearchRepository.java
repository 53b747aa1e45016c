package org.aicompare.search;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.aicompare.article.Article;

/**
 * Every article with its sections, as the index needs them.
 */
interface ArticleSearchRepository extends Repository<Article, Long> {

	/**
	 * Every article with its sections, in one statement.
	 * @return the articles in reading order
	 */
	@Query("select distinct a from Article a left join fetch a.sections order by a.position")
	List<Article> findAllWithSections();

}
