package org.aicompare.search;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.aicompare.project.Organisation;

/**
 * Every organisation with its products and facts, as the index needs them.
 */
interface OrganisationSearchRepository extends Repository<Organisation, Long> {

	/**
	 * Every organisation with its products and facts, in one statement.
	 * @return the organisations in display order
	 */
	@Query("select distinct o from Organisation o left join fetch o.products left join fetch o.facts order by o.position")
	List<Organisation> findAllWithProductsAndFacts();

}
