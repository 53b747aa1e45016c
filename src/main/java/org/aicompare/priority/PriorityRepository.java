package org.aicompare.priority;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The business priorities.
 */
public interface PriorityRepository extends JpaRepository<Priority, Long> {

	/**
	 * Every priority with its weights and their dimensions, in one statement.
	 * @return the priorities in display order
	 */
	@Query("select distinct p from Priority p left join fetch p.weights w left join fetch w.dimension order by p.position")
	List<Priority> findAllWithWeights();

	Optional<Priority> findBySlug(String slug);

}
