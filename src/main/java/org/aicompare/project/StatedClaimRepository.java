package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The stated-versus-actual panels of the organisations.
 */
public interface StatedClaimRepository extends JpaRepository<StatedClaim, Long> {

	/**
	 * Every panel with its organisation, in one statement.
	 * @return the panels
	 */
	@Query("select c from StatedClaim c join fetch c.organisation")
	List<StatedClaim> findAllWithOrganisation();

}
