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

	boolean existsBySourcePassageIsNotNull();

}
