package org.aicompare.priority;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The links from priorities to matrix dimensions.
 */
public interface PriorityWeightRepository extends JpaRepository<PriorityWeight, Long> {

}
