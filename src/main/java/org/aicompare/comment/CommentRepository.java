package org.aicompare.comment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Comments, in every state of moderation.
 *
 * @author aicompare
 */
public interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByTargetAndTargetSlugAndStatusOrderByCreatedAtAscIdAsc(CommentTarget target, String targetSlug,
			CommentStatus status);

	List<Comment> findByStatus(CommentStatus status);

	/**
	 * The twenty comments in a state that were posted last, newest first.
	 * @param status the state, such as published
	 * @return up to twenty comments
	 */
	List<Comment> findTop20ByStatusOrderByCreatedAtDescIdDesc(CommentStatus status);

	boolean existsBySourcePassageIsNotNull();

}
