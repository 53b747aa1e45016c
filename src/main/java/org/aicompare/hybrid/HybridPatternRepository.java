package org.aicompare.hybrid;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The hybrid patterns.
 */
public interface HybridPatternRepository extends JpaRepository<HybridPattern, Long> {

	/**
	 * Every pattern with its axes, ratings (with their dimensions) and parties, in one
	 * statement.
	 * @return the patterns in display order
	 */
	@Query("select distinct p from HybridPattern p left join fetch p.axes left join fetch p.ratings r"
			+ " left join fetch r.dimension left join fetch p.parties order by p.position")
	List<HybridPattern> findCatalogue();

}
