package org.aicompare.comparison;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The cells of the matrix.
 */
public interface CellRepository extends JpaRepository<Cell, Long> {

}
