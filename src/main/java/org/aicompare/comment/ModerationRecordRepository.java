package org.aicompare.comment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The moderation audit trail.
 *
 * @author aicompare
 */
public interface ModerationRecordRepository extends JpaRepository<ModerationRecord, Long> {

	/**
	 * The latest records, newest first.
	 * @return up to 200 records
	 */
	List<ModerationRecord> findTop200ByOrderByModeratedAtDescIdDesc();

	List<ModerationRecord> findByCommentIdOrderByModeratedAtAscIdAsc(Long commentId);

}
