package org.aicompare.about;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The corrections made in public.
 */
public interface CorrectionRepository extends JpaRepository<Correction, Long> {

	List<Correction> findAllByOrderByCorrectedOnDescPositionAsc();

}
