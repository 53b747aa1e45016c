package org.aicompare.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The organisations the source names.
 */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByPosition();

	List<Organisation> findByModelSlugOrderByPosition(String modelSlug);

	/**
	 * Every organisation with its model and products, in one statement.
	 * @return the organisations in display order
	 */
	@Query("select distinct o from Organisation o join fetch o.model left join fetch o.products order by o.position")
	List<Organisation> findAllWithProducts();

	/**
	 * One organisation with its model, products and facts, in one statement.
	 * @param slug the organisation's slug
	 * @return the organisation, if there is one by that slug
	 */
	@Query("select o from Organisation o join fetch o.model left join fetch o.products left join fetch o.facts where o.slug = :slug")
	Optional<Organisation> findProfile(String slug);

	/**
	 * Every organisation with its model, products and facts, in one statement.
	 * @return the organisations in display order
	 */
	@Query("select distinct o from Organisation o join fetch o.model left join fetch o.products left join fetch o.facts order by o.position")
	List<Organisation> findAllProfiles();

	/**
	 * Several organisations with their models, products and facts, in one statement.
	 * @param slugs the organisations' slugs
	 * @return those of them that exist, in display order
	 */
	@Query("select distinct o from Organisation o join fetch o.model left join fetch o.products left join fetch o.facts where o.slug in :slugs order by o.position")
	List<Organisation> findProfiles(Collection<String> slugs);

	/**
	 * The parts of the source a profile cites, in one statement: each passage the
	 * organisation is named in, with the articles whose run holds it and the references
	 * its facts cite. Each row holds a passage, an article or {@code null}, and a
	 * reference or {@code null}.
	 * @param passages the passages the source names the organisation in
	 * @param codes the codes of the references its facts cite, never empty
	 * @return the rows, in reading order
	 */
	@Query("""
			select p, a, r from Passage p
			left join Article a on p.number between a.firstPassage and a.lastPassage
			left join Reference r on r.code in :codes
			where p.number in :passages
			order by p.number, a.position, r.position""")
	List<Object[]> findSourceRows(Collection<Integer> passages, Collection<String> codes);

	/**
	 * Every organisation, with the run of passages of one article, to tell which of them
	 * the article names, in one statement. Each row holds an organisation and the first
	 * and last passage numbers.
	 * @param articleSlug the article's slug
	 * @return the rows, in display order; none for an unknown article
	 */
	@Query("select o, a.firstPassage, a.lastPassage from Organisation o, Article a where a.slug = :articleSlug order by o.position")
	List<Object[]> findWithArticleRun(String articleSlug);

}
