package org.aicompare.project;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sourced facts about organisations.
 */
public interface FactRepository extends JpaRepository<Fact, Long> {

}
