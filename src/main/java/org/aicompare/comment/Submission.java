package org.aicompare.comment;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment as a reader sent it, before screening: what the web layer hands to
 * {@link CommentScreening}, independent of the form it came from.
 *
 * @param target the kind of page it is posted on, or {@code null} for a text sent with
 * another reader form, such as a challenge to a rating
 * @param targetSlug the page's slug
 * @param authorName the name the reader gave
 * @param email the email the reader gave, or {@code null}
 * @param text the text as typed; screening normalises it with
 * {@link CommentText#normalise(String)}
 * @param honeypot the value of the form field people cannot see, {@code null} or blank
 * when a person filled in the form
 * @param formShownAt when the form was shown, or {@code null} if the post carries no
 * trustworthy time (it did not come from a form the site served)
 * @param postedAt when the comment arrived
 */
public record Submission(CommentTarget target, String targetSlug, String authorName, String email, String text,
		String honeypot, Instant formShownAt, Instant postedAt) {

	public Submission {
		Objects.requireNonNull(postedAt, "postedAt");
	}

}
