package org.aicompare.comment;

import java.time.Duration;

import org.aicompare.comment.Verdict.Decision;

/**
 * The rules a comment is screened by, in the order they are tried: the spam rules first,
 * then the rules that hold a comment for a moderator. Each has a code that moderation
 * pages and logs can show.
 */
public enum ScreeningRule {

	/** The form field people cannot see was filled in: only programs fill it. */
	HONEYPOT("honeypot", Decision.SPAM) {
		@Override
		boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings) {
			return submission.honeypot() != null && !submission.honeypot().isBlank();
		}
	},

	/**
	 * Posted sooner after the form was shown than anyone can type, or with no time the
	 * form gave.
	 */
	TOO_FAST("too-fast", Decision.SPAM) {
		@Override
		boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings) {
			return submission.formShownAt() == null || Duration.between(submission.formShownAt(), submission.postedAt())
				.compareTo(settings.minimumFormTime()) < 0;
		}
	},

	/** A template sent unfilled: "[Product/Tool]", "{{name}}", "{great|awesome}". */
	TEMPLATE("template", Decision.SPAM) {
		@Override
		boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings) {
			return UnfilledTemplateRule.unfilled(text);
		}
	},

	/** More links than a comment needs to make its point. */
	LINKS("links", Decision.HOLD) {
		@Override
		boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings) {
			return LinkCountRule.count(text, page) > settings.maxLinks();
		}
	},

	/** Short praise that names nothing on the page: it could be posted anywhere. */
	GENERIC_PRAISE("generic-praise", Decision.HOLD) {
		@Override
		boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings) {
			return GenericPraiseRule.matches(text, page);
		}
	};

	private final String code;

	private final Decision decision;

	ScreeningRule(String code, Decision decision) {
		this.code = code;
		this.decision = decision;
	}

	/**
	 * The rule's reason code, stable across releases.
	 * @return the code, such as {@code too-fast}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * What happens to a comment this rule catches.
	 * @return {@code SPAM} or {@code HOLD}
	 */
	public Decision decision() {
		return this.decision;
	}

	/**
	 * The rule with a code.
	 * @param code a rule's code, as {@link #code()} gives it
	 * @return the rule
	 * @throws IllegalArgumentException if no rule has that code
	 */
	public static ScreeningRule fromCode(String code) {
		for (ScreeningRule rule : values()) {
			if (rule.code.equals(code)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("No screening rule " + code);
	}

	abstract boolean catches(Submission submission, String text, PageTerms page, CommentProperties settings);

}
