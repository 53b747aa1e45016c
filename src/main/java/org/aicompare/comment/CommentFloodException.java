package org.aicompare.comment;

/**
 * The same sender posted again sooner than the site allows.
 *
 * @author aicompare
 */
public class CommentFloodException extends RuntimeException {

	private final CommentedPage page;

	private final long retryAfterSeconds;

	CommentFloodException(CommentedPage page, long retryAfterSeconds) {
		super("Comment posted too soon after the last one from the same sender");
		this.page = page;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public CommentedPage getPage() {
		return this.page;
	}

	/**
	 * How long the sender must wait.
	 * @return whole seconds, at least one
	 */
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
