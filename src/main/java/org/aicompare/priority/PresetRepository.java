package org.aicompare.priority;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The advisor's presets.
 *
 * @author aicompare
 */
public interface PresetRepository extends JpaRepository<Preset, Long> {

	List<Preset> findAllByOrderByPosition();

}
