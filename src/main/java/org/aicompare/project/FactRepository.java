package org.aicompare.project;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sourced facts about organisations.
 *
 * @author aicompare
 */
public interface FactRepository extends JpaRepository<Fact, Long> {

}
