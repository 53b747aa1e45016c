package org.aicompare.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The editions of the Foundation Model Transparency Index.
 */
public interface TransparencyEditionRepository extends JpaRepository<TransparencyEdition, Long> {

	List<TransparencyEdition> findAllByOrderByPosition();

}
