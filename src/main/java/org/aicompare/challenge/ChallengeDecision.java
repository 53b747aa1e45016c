package org.aicompare.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;

/**
 * One decision a moderator made on a challenge: the challenges' audit trail. Written with
 * the change it describes and never altered.
 */
@Entity
@Table(name = "challenge_decision")
public class ChallengeDecision extends BaseEntity {

	@Column(name = "challenge_id", nullable = false)
	private Long challengeId;

	@Column(nullable = false, length = 80)
	private String moderator;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_before", nullable = false, length = 16)
	private ChallengeStatus statusBefore;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_after", nullable = false, length = 16)
	private ChallengeStatus statusAfter;

	@Column(name = "public_reason", length = Challenge.MAX_PUBLIC_REASON_LENGTH)
	private String publicReason;

	protected ChallengeDecision() {
	}

	ChallengeDecision(Long challengeId, String moderator, Instant decidedAt, ChallengeStatus statusBefore,
			ChallengeStatus statusAfter, String publicReason) {
		this.challengeId = challengeId;
		this.moderator = moderator;
		this.decidedAt = decidedAt;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
		this.publicReason = publicReason;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public String getModerator() {
		return this.moderator;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public ChallengeStatus getStatusBefore() {
		return this.statusBefore;
	}

	public ChallengeStatus getStatusAfter() {
		return this.statusAfter;
	}

	public String getPublicReason() {
		return this.publicReason;
	}

}
