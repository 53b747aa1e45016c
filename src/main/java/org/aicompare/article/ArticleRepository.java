package org.aicompare.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The articles.
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	List<Article> findAllByOrderByPosition();

	Optional<Article> findBySlug(String slug);

	List<Article> findByModelSlugOrderByPosition(String modelSlug);

	/**
	 * One article with its sections, in one statement.
	 * @param slug the article's slug
	 * @return the article, if there is one by that slug
	 */
	@Query("select a from Article a left join fetch a.sections where a.slug = :slug")
	Optional<Article> findWithSections(String slug);

	/**
	 * What an article's page shows, in one statement: every article (for the neighbours)
	 * with its sections and the model it is about, and, for the article asked for, the
	 * passages of its run and the examples of its model, which complete a list the source
	 * left empty. Each row holds an article, its model or {@code null}, and one passage
	 * or {@code null}.
	 * @param slug the article's slug
	 * @return the rows, in reading order
	 */
	@Query("""
			select a, m, p from Article a left join fetch a.sections
			left join DeploymentModel m on m.slug = a.modelSlug
			left join Passage p on a.slug = :slug and (p.number between a.firstPassage and a.lastPassage
				or locate(concat(',', str(p.number), ','), concat(',', m.examples, ',')) > 0)
			order by a.position, p.number""")
	List<Object[]> findPageRows(String slug);

	/**
	 * Every article with its sections, in reading order, in one statement.
	 * @return the articles
	 */
	@Query("select distinct a from Article a left join fetch a.sections order by a.position")
	List<Article> findAllWithSections();

}
