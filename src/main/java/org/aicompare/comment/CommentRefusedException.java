package org.aicompare.comment;

/**
 * A post that did not come from a form this site served for the page: the site refuses it
 * with a 403 page that says why.
 *
 * @author aicompare
 */
public class CommentRefusedException extends RuntimeException {

	private final Reason reason;

	private final CommentedPage page;

	CommentRefusedException(Reason reason, CommentedPage page) {
		super("Comment refused: " + reason);
		this.reason = reason;
		this.page = page;
	}

	public Reason getReason() {
		return this.reason;
	}

	public CommentedPage getPage() {
		return this.page;
	}

	/**
	 * What was wrong with the post; each has a message {@code comments.refused.<name>}.
	 */
	public enum Reason {

		/** The post carries no token. */
		MISSING_TOKEN,

		/** The token was not signed by this site for this page. */
		INVALID_TOKEN,

		/** The form was shown too long ago. */
		EXPIRED_TOKEN,

		/** The browser says the post came from a page on another site. */
		OTHER_SITE

	}

}
