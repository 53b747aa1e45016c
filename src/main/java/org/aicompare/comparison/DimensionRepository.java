package org.aicompare.comparison;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The dimensions of the matrix.
 */
public interface DimensionRepository extends JpaRepository<Dimension, Long> {

	/**
	 * The whole matrix in one statement: every dimension with its cells, their models and
	 * their evidence.
	 * @return the dimensions in table order
	 */
	@Query("select distinct d from Dimension d left join fetch d.cells c left join fetch c.model left join fetch c.evidence order by d.position")
	List<Dimension> findMatrix();

	/**
	 * The dimensions alone, without their cells, for pages that explain the scales.
	 * @return the dimensions in table order
	 */
	List<Dimension> findAllByOrderByPosition();

	Optional<Dimension> findBySlug(String slug);

}
