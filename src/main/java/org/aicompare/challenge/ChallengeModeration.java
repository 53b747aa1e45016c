package org.aicompare.challenge;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.revision.SiteRevision;

/**
 * Moderators' decisions on challenges: each changes the challenge and writes its
 * {@link ChallengeDecision} in one transaction, so the audit trail never misses one, and
 * raises the site revision, so the public list shows it.
 */
@Service
class ChallengeModeration {

	private final ChallengeRepository challenges;

	private final ChallengeDecisionRepository decisions;

	private final SiteRevision revision;

	private final Clock clock;

	ChallengeModeration(ChallengeRepository challenges, ChallengeDecisionRepository decisions, SiteRevision revision,
			Clock clock) {
		this.challenges = challenges;
		this.decisions = decisions;
		this.revision = revision;
		this.clock = clock;
	}

	/**
	 * Decide a challenge and record it.
	 * @param id the challenge
	 * @param decision the status it moves to
	 * @param publicReason the reason shown with it; required unless it is spam
	 * @param moderator who decides
	 * @return the decision written
	 * @throws ChallengeNotFoundException if there is no such challenge
	 */
	@Transactional
	ChallengeDecision decide(long id, ChallengeStatus decision, String publicReason, String moderator) {
		Challenge challenge = this.challenges.findById(id).orElseThrow(() -> new ChallengeNotFoundException(id));
		ChallengeStatus before = challenge.getStatus();
		Instant now = Instant.now(this.clock);
		String reason = (decision == ChallengeStatus.SPAM) ? null : publicReason;
		challenge.decide(decision, reason, (decision == ChallengeStatus.OPEN) ? null : now);
		this.revision.raise();
		return this.decisions.save(new ChallengeDecision(id, moderator, now, before, decision, reason));
	}

}
