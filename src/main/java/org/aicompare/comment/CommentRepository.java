package org.aicompare.comment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Comments, in every state of moderation.
 */
public interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByTargetAndTargetSlugAndStatusOrderByCreatedAtAscIdAsc(CommentTarget target, String targetSlug,
			CommentStatus status);

	/**
	 * One page of a page's comments in one state, in the order the pageable sorts them.
	 * @param target the kind of page
	 * @param targetSlug the page's slug
	 * @param status the state
	 * @param pageable which page, how big, in what order
	 * @return the comments on that page and how many there are in all
	 */
	Page<Comment> findByTargetAndTargetSlugAndStatus(CommentTarget target, String targetSlug, CommentStatus status,
			Pageable pageable);

	List<Comment> findByStatus(CommentStatus status);

	/**
	 * The twenty comments in a state that readers posted here last, newest first; the
	 * comments seeded from the source's thread are not among them.
	 * @param status the state, such as published
	 * @return up to twenty comments
	 */
	List<Comment> findTop20ByStatusAndSourcePassageIsNullOrderByCreatedAtDescIdDesc(CommentStatus status);

	boolean existsBySourcePassageIsNotNull();

	/**
	 * The comments seeded from the source's thread that are in one state.
	 * @param status the state, such as spam
	 * @return the comments
	 */
	List<Comment> findBySourcePassageIsNotNullAndStatus(CommentStatus status);

	/**
	 * Whether a page already has a comment with this text, in any state.
	 * @param target the kind of page
	 * @param targetSlug the page's slug
	 * @param fingerprint the text's {@link CommentText#fingerprint(String) fingerprint}
	 * @return {@code true} if the text is already there
	 */
	boolean existsByTargetAndTargetSlugAndFingerprint(CommentTarget target, String targetSlug, String fingerprint);

	List<Comment> findByParent(Comment parent);

	/**
	 * One page of the comments in one state, for a moderation queue.
	 * @param status the state
	 * @param pageable which page, how big, in what order
	 * @return the comments on that page and how many there are in all
	 */
	Page<Comment> findByStatus(CommentStatus status, Pageable pageable);

	long countByStatus(CommentStatus status);

}
