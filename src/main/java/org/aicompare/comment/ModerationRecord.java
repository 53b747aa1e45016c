package org.aicompare.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;

/**
 * One thing a moderator did to a comment: the audit trail of moderation. Records are
 * written with the change they describe and never altered.
 */
@Entity
@Table(name = "moderation_record")
public class ModerationRecord extends BaseEntity {

	@Column(nullable = false, length = 80)
	private String moderator;

	@Column(name = "moderated_at", nullable = false)
	private Instant moderatedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ModerationAction action;

	@Column(name = "comment_id", nullable = false)
	private Long commentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_before", length = 16)
	private CommentStatus statusBefore;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_after", length = 16)
	private CommentStatus statusAfter;

	protected ModerationRecord() {
	}

	public ModerationRecord(String moderator, Instant moderatedAt, ModerationAction action, Long commentId,
			CommentStatus statusBefore, CommentStatus statusAfter) {
		this.moderator = moderator;
		this.moderatedAt = moderatedAt;
		this.action = action;
		this.commentId = commentId;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
	}

	public String getModerator() {
		return this.moderator;
	}

	public Instant getModeratedAt() {
		return this.moderatedAt;
	}

	public ModerationAction getAction() {
		return this.action;
	}

	public Long getCommentId() {
		return this.commentId;
	}

	public CommentStatus getStatusBefore() {
		return this.statusBefore;
	}

	/**
	 * The state the comment was left in.
	 * @return the new state, or {@code null} if the comment was deleted
	 */
	public CommentStatus getStatusAfter() {
		return this.statusAfter;
	}

}
