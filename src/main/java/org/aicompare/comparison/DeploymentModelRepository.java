package org.aicompare.comparison;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The three deployment models.
 */
public interface DeploymentModelRepository extends JpaRepository<DeploymentModel, Long> {

	List<DeploymentModel> findAllByOrderByPosition();

	Optional<DeploymentModel> findBySlug(String slug);

}
