package org.aicompare.challenge;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The challenges readers have sent.
 */
public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	/**
	 * One page of the challenges in one status.
	 * @param status the status
	 * @param pageable which page, how big and in what order
	 * @return the page
	 */
	Page<Challenge> findByStatus(ChallengeStatus status, Pageable pageable);

	/**
	 * One page of the challenges not in one status, as the public list leaves out spam.
	 * @param status the status left out
	 * @param pageable which page, how big and in what order
	 * @return the page
	 */
	Page<Challenge> findByStatusNot(ChallengeStatus status, Pageable pageable);

	Optional<Challenge> findByIdAndStatusNot(Long id, ChallengeStatus status);

	long countByStatus(ChallengeStatus status);

	boolean existsByRatingKeyAndFingerprint(String ratingKey, String fingerprint);

}
