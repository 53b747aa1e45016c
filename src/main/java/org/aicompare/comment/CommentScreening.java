package org.aicompare.comment;

import org.springframework.stereotype.Service;

/**
 * Screens a reader's comment before it is saved: spam is never shown, a held comment
 * waits for a moderator whatever the settings, and a comment that passes is published at
 * once only if the site is set to publish immediately.
 */
@Service
public class CommentScreening {

	private final CommentProperties settings;

	public CommentScreening(CommentProperties settings) {
		this.settings = settings;
	}

	/**
	 * Screen a comment by every {@link ScreeningRule}, in order; the first that catches
	 * it decides.
	 * @param submission the comment as sent
	 * @param page the words that name things on the page it is posted on
	 * @return the verdict, with the rule that decided it
	 */
	public Verdict screen(Submission submission, PageTerms page) {
		String text = CommentText.normalise(submission.text());
		for (ScreeningRule rule : ScreeningRule.values()) {
			if (rule.catches(submission, text, page, this.settings)) {
				return Verdict.caughtBy(rule);
			}
		}
		return Verdict.PASS;
	}

	/**
	 * The status a comment with this verdict is saved with, under the site's settings.
	 * @param verdict the comment's verdict
	 * @return {@code SPAM}, {@code PENDING} or {@code PUBLISHED}
	 */
	public CommentStatus statusOf(Verdict verdict) {
		return verdict.status(this.settings.publishImmediately());
	}

}
