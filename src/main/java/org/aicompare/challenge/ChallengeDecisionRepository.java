package org.aicompare.challenge;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The challenges' audit trail.
 */
public interface ChallengeDecisionRepository extends JpaRepository<ChallengeDecision, Long> {

	/**
	 * One page of the decisions, newest first.
	 * @param pageable which page and how big
	 * @return the page
	 */
	Page<ChallengeDecision> findAllByOrderByDecidedAtDescIdDesc(Pageable pageable);

}
