package org.aicompare.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The articles.
 *
 * @author aicompare
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	List<Article> findAllByOrderByPosition();

	/**
	 * One article with its sections, in one statement.
	 * @param slug the article's slug
	 * @return the article, if there is one by that slug
	 */
	@Query("select a from Article a left join fetch a.sections where a.slug = :slug")
	Optional<Article> findWithSections(String slug);

}
