package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The spectrum ratings of the organisations and the deployment models.
 */
public interface SpectrumRatingRepository extends JpaRepository<SpectrumRating, Long> {

	/**
	 * Every rating with its organisation or model, in one statement.
	 * @return the ratings
	 */
	@Query("select r from SpectrumRating r left join fetch r.organisation o left join fetch o.model left join fetch r.model")
	List<SpectrumRating> findAllWithOwners();

}
