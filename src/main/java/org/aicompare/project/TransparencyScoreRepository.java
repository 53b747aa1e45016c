package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The organisations' scores in the Foundation Model Transparency Index.
 */
public interface TransparencyScoreRepository extends JpaRepository<TransparencyScore, Long> {

	/**
	 * Every score with its organisation and edition, in one statement.
	 * @return the scores, by organisation and edition
	 */
	@Query("select s from TransparencyScore s join fetch s.organisation o join fetch s.edition e order by o.position, e.position")
	List<TransparencyScore> findAllWithEditions();

}
