package org.aicompare.comment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The moderation audit trail.
 */
public interface ModerationRecordRepository extends JpaRepository<ModerationRecord, Long> {

	/**
	 * One page of the records, newest first.
	 * @param pageable which page and how big
	 * @return the records on that page and how many there are in all
	 */
	Page<ModerationRecord> findAllByOrderByModeratedAtDescIdDesc(Pageable pageable);

	List<ModerationRecord> findByCommentIdOrderByModeratedAtAscIdAsc(Long commentId);

}
