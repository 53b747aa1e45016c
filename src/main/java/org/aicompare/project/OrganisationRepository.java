package org.aicompare.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The organisations the source names.
 *
 * @author aicompare
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

}
