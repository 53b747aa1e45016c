package org.aicompare.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.aicompare.model.BaseEntity;

/**
 * A reader's challenge to a rating: the rating as it stood when challenged, what the
 * reader proposes and why, the source the reader gives, and the moderators' decision with
 * its public reason. It names its rating by key, so a content import never touches it.
 */
@Entity
public class Challenge extends BaseEntity {

	/** The longest reason a reader may give. */
	public static final int MAX_REASON_LENGTH = 5000;

	/** The longest source address. */
	public static final int MAX_SOURCE_LENGTH = 2000;

	/** The longest name a reader may give. */
	public static final int MAX_NAME_LENGTH = 80;

	/** The longest public reason a moderator may give. */
	public static final int MAX_PUBLIC_REASON_LENGTH = 2000;

	// The site's reason is kept as it stood, up to this length.
	static final int MAX_CURRENT_REASON_LENGTH = 1000;

	@Column(name = "rating_key", nullable = false, length = RatingKey.MAX_LENGTH)
	private String ratingKey;

	@Column(name = "subject_name", nullable = false, length = 200)
	private String subjectName;

	@Column(name = "aspect_name", nullable = false, length = 200)
	private String aspectName;

	@Column(name = "page_path", nullable = false, length = 300)
	private String pagePath;

	@Column(name = "current_rating", nullable = false)
	private int currentRating;

	@Column(name = "current_reason", nullable = false, length = MAX_CURRENT_REASON_LENGTH)
	private String currentReason;

	@Column(name = "proposed_rating", nullable = false)
	private int proposedRating;

	@Column(nullable = false, length = MAX_REASON_LENGTH)
	private String reason;

	@Column(name = "source_url", length = MAX_SOURCE_LENGTH)
	private String sourceUrl;

	@Column(nullable = false)
	private boolean opinion;

	@Column(name = "author_name", length = MAX_NAME_LENGTH)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ChallengeStatus status;

	@Column(name = "public_reason", length = MAX_PUBLIC_REASON_LENGTH)
	private String publicReason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String fingerprint;

	@Column(name = "client_hash", nullable = false, length = 64)
	private String clientHash;

	protected Challenge() {
	}

	Challenge(ChallengedRating rating, Proposal proposal, ChallengeStatus status, Instant createdAt, String fingerprint,
			String clientHash) {
		this.ratingKey = rating.key();
		this.subjectName = rating.subjectName();
		this.aspectName = rating.aspectName();
		this.pagePath = rating.pagePath();
		this.currentRating = rating.rating();
		this.currentReason = shortened(rating.reason());
		this.proposedRating = proposal.rating();
		this.reason = proposal.reason();
		this.sourceUrl = proposal.sourceUrl();
		this.opinion = proposal.opinion();
		this.authorName = proposal.authorName();
		this.status = status;
		this.createdAt = createdAt;
		this.fingerprint = fingerprint;
		this.clientHash = clientHash;
	}

	private static String shortened(String text) {
		return (text.length() <= MAX_CURRENT_REASON_LENGTH) ? text
				: text.substring(0, MAX_CURRENT_REASON_LENGTH - 1) + "\u2026";
	}

	/**
	 * Record a moderator's decision.
	 * @param decided the new status
	 * @param reason the public reason, or {@code null} for spam
	 * @param at when
	 */
	void decide(ChallengeStatus decided, String reason, Instant at) {
		this.status = decided;
		this.publicReason = reason;
		this.decidedAt = at;
	}

	public String getRatingKey() {
		return this.ratingKey;
	}

	public String getSubjectName() {
		return this.subjectName;
	}

	public String getAspectName() {
		return this.aspectName;
	}

	public String getPagePath() {
		return this.pagePath;
	}

	public int getCurrentRating() {
		return this.currentRating;
	}

	public String getCurrentReason() {
		return this.currentReason;
	}

	public int getProposedRating() {
		return this.proposedRating;
	}

	public String getReason() {
		return this.reason;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public boolean isOpinion() {
		return this.opinion;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public ChallengeStatus getStatus() {
		return this.status;
	}

	public String getPublicReason() {
		return this.publicReason;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * What a reader proposes, checked and normalised.
	 *
	 * @param rating the rating the reader thinks right
	 * @param reason why, plain text
	 * @param sourceUrl the source's https address, or {@code null} for an opinion without
	 * one
	 * @param opinion whether the reader says it is an opinion rather than a fact
	 * @param authorName the name the reader gave, or {@code null}
	 */
	record Proposal(int rating, String reason, String sourceUrl, boolean opinion, String authorName) {
	}

}
