package org.aicompare.comment;

/**
 * What screening decided about a comment, and which rule decided it.
 *
 * @param decision spam, hold or pass
 * @param rule the rule that caught the comment, or {@code null} when it passed
 */
public record Verdict(Decision decision, ScreeningRule rule) {

	/** A comment no rule caught. */
	public static final Verdict PASS = new Verdict(Decision.PASS, null);

	/**
	 * The verdict of a rule that caught a comment.
	 * @param rule the rule
	 * @return its verdict
	 */
	public static Verdict caughtBy(ScreeningRule rule) {
		return new Verdict(rule.decision(), rule);
	}

	/**
	 * The status a comment with this verdict is saved with.
	 * @param publishImmediately whether comments that pass are shown without a moderator
	 * @return {@code SPAM}, {@code PENDING} or, for a comment that passed on a site that
	 * publishes immediately, {@code PUBLISHED}
	 */
	public CommentStatus status(boolean publishImmediately) {
		return switch (this.decision) {
			case SPAM -> CommentStatus.SPAM;
			case HOLD -> CommentStatus.PENDING;
			case PASS -> publishImmediately ? CommentStatus.PUBLISHED : CommentStatus.PENDING;
		};
	}

	/**
	 * What screening can decide.
	 */
	public enum Decision {

		/** Never shown; kept for a moderator to look through. */
		SPAM,

		/** Waits for a moderator, even on a site that publishes immediately. */
		HOLD,

		/** Caught by no rule. */
		PASS

	}

}
