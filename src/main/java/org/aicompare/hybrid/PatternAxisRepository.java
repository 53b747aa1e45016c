package org.aicompare.hybrid;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * What runs where in each pattern; written by the content import.
 */
public interface PatternAxisRepository extends JpaRepository<PatternAxis, Long> {

}
