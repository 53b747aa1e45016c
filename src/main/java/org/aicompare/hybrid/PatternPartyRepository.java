package org.aicompare.hybrid;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The parties of each pattern; written by the content import.
 */
public interface PatternPartyRepository extends JpaRepository<PatternParty, Long> {

}
