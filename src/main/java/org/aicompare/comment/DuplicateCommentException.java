package org.aicompare.comment;

/**
 * The same text is already on the page: posted twice, by a double click or a program.
 *
 * @author aicompare
 */
public class DuplicateCommentException extends RuntimeException {

	private final CommentedPage page;

	DuplicateCommentException(CommentedPage page) {
		super("Duplicate comment on " + page.path());
		this.page = page;
	}

	public CommentedPage getPage() {
		return this.page;
	}

}
