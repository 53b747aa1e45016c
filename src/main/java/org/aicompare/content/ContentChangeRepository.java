package org.aicompare.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The content change log.
 */
public interface ContentChangeRepository extends JpaRepository<ContentChange, Long> {

	List<ContentChange> findAllByOrderByChangedOnDescIdDesc();

}
