package org.aicompare.comparison;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sourced facts behind matrix cells.
 */
public interface CellEvidenceRepository extends JpaRepository<CellEvidence, Long> {

}
