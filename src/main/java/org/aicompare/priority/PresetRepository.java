package org.aicompare.priority;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The advisor's presets.
 */
public interface PresetRepository extends JpaRepository<Preset, Long> {

	List<Preset> findAllByOrderByPosition();

}
