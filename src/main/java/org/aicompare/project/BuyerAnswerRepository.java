package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The answers of the "For a business" panels.
 */
public interface BuyerAnswerRepository extends JpaRepository<BuyerAnswer, Long> {

	/**
	 * Every answer with its organisation, in one statement.
	 * @return the answers, by organisation and question
	 */
	@Query("select a from BuyerAnswer a join fetch a.organisation o order by o.position, a.question")
	List<BuyerAnswer> findAllWithOrganisation();

}
