package org.aicompare.challenge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a moderator can decide on a challenge, with the status each leaves it in.
 */
enum ChallengeDecisionKind {

	/** The rating should change; an edition will apply it. */
	ACCEPT("accept", ChallengeStatus.ACCEPTED),

	/** The rating stays as it is. */
	DECLINE("decline", ChallengeStatus.DECLINED),

	/** Not a challenge at all; never shown. */
	SPAM("spam", ChallengeStatus.SPAM),

	/** Back to the open queue, such as a challenge screening took for spam. */
	REOPEN("reopen", ChallengeStatus.OPEN);

	private final String slug;

	private final ChallengeStatus result;

	ChallengeDecisionKind(String slug, ChallengeStatus result) {
		this.slug = slug;
		this.result = result;
	}

	String slug() {
		return this.slug;
	}

	ChallengeStatus result() {
		return this.result;
	}

	/**
	 * Whether the decision is shown in public and so needs a reason.
	 * @return {@code true} for every decision but spam
	 */
	boolean needsReason() {
		return this != SPAM;
	}

	static Optional<ChallengeDecisionKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(slug)).findFirst();
	}

	static List<String> slugs() {
		return Arrays.stream(values()).map(ChallengeDecisionKind::slug).toList();
	}

}
