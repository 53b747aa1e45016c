package org.aicompare.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

/**
 * A reader's comment on an article or profile, or the author's reply to one. Comments
 * point at their page by kind and slug, so a content import never touches them.
 */
@Entity
public class Comment extends BaseEntity {

	/** The longest name a commenter may give. */
	public static final int MAX_AUTHOR_LENGTH = 80;

	/** The longest comment text. */
	public static final int MAX_TEXT_LENGTH = 5000;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CommentTarget target;

	@Column(name = "target_slug", nullable = false, length = 80)
	private String targetSlug;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Comment parent;

	@Column(name = "author_name", nullable = false, length = MAX_AUTHOR_LENGTH)
	private String authorName;

	@Column(length = 254)
	private String email;

	@Column(nullable = false, length = MAX_TEXT_LENGTH)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CommentStatus status;

	@Column(name = "author_reply", nullable = false)
	private boolean authorReply;

	@Column(name = "source_passage")
	private Integer sourcePassage;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(length = 64)
	private String fingerprint;

	@Column(name = "client_hash", length = 64)
	private String clientHash;

	protected Comment() {
	}

	public Comment(CommentTarget target, String targetSlug, Comment parent, String authorName, String email,
			String text, CommentStatus status, boolean authorReply, Integer sourcePassage, Instant createdAt) {
		this.target = target;
		this.targetSlug = targetSlug;
		this.parent = parent;
		this.authorName = authorName;
		this.email = email;
		this.text = text;
		this.status = status;
		this.authorReply = authorReply;
		this.sourcePassage = sourcePassage;
		this.createdAt = createdAt;
	}

	public CommentTarget getTarget() {
		return this.target;
	}

	public String getTargetSlug() {
		return this.targetSlug;
	}

	/**
	 * The comment this one answers, or {@code null} for a top-level comment.
	 * @return the parent comment
	 */
	public Comment getParent() {
		return this.parent;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	/**
	 * The commenter's email, stored only if given and never shown.
	 * @return the email, or {@code null}
	 */
	public String getEmail() {
		return this.email;
	}

	public String getText() {
		return this.text;
	}

	public CommentStatus getStatus() {
		return this.status;
	}

	/**
	 * Whether this is a reply by the article's author.
	 * @return {@code true} for an author reply
	 */
	public boolean isAuthorReply() {
		return this.authorReply;
	}

	/**
	 * The passage of the source text this comment was seeded from, or {@code null} for a
	 * comment posted on the site.
	 * @return the passage number
	 */
	public Integer getSourcePassage() {
		return this.sourcePassage;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The {@link CommentText#fingerprint(String) fingerprint} of the text, or
	 * {@code null} for a seeded comment.
	 * @return the fingerprint
	 */
	public String getFingerprint() {
		return this.fingerprint;
	}

	/**
	 * A keyed hash of the address the comment was posted from, or {@code null} for a
	 * seeded comment; the address itself is never stored.
	 * @return the hash, as 64 hex digits
	 */
	public String getClientHash() {
		return this.clientHash;
	}

	/**
	 * A comment a reader posted on the site.
	 * @param submission the comment as sent
	 * @param text the normalised text
	 * @param status the status screening gave it
	 * @param clientHash the keyed hash of the sender's address
	 * @return the new comment, not yet saved
	 */
	static Comment posted(Submission submission, String text, CommentStatus status, String clientHash) {
		String email = (submission.email() == null || submission.email().isBlank()) ? null : submission.email();
		Comment comment = new Comment(submission.target(), submission.targetSlug(), null, submission.authorName(),
				email, text, status, false, null, submission.postedAt());
		comment.fingerprint = CommentText.fingerprint(text);
		comment.clientHash = clientHash;
		return comment;
	}

	/**
	 * Moves the comment to another state; only moderation does this.
	 * @param status the new state
	 */
	void moderate(CommentStatus status) {
		this.status = status;
	}

}
