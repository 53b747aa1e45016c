package org.aicompare.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The public sources of the site's added facts.
 */
public interface ReferenceRepository extends JpaRepository<Reference, Long> {

	List<Reference> findAllByOrderByPosition();

}
