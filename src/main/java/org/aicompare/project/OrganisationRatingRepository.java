package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The editorial ratings of organisations.
 */
public interface OrganisationRatingRepository extends JpaRepository<OrganisationRating, Long> {

	/**
	 * Every rating with its organisation (and that organisation's model) and dimension,
	 * in one statement.
	 * @return the ratings, by organisation then dimension order
	 */
	@Query("select r from OrganisationRating r join fetch r.organisation o join fetch o.model join fetch r.dimension d order by o.position, d.position")
	List<OrganisationRating> findAllForScoring();

}
