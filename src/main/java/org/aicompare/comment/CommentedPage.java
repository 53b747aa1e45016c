package org.aicompare.comment;

/**
 * The page a comment is posted on, with the addresses of its comment form and of the page
 * that thanks the reader.
 *
 * @param target the kind of page
 * @param slug the page's slug
 * @param title the page's title, as the reader knows it
 * @author aicompare
 */
public record CommentedPage(CommentTarget target, String slug, String title) {

	/**
	 * The page itself.
	 * @return its path, such as {@code /articles/key-differences}
	 */
	public String path() {
		return ((this.target == CommentTarget.ARTICLE) ? "/articles/" : "/projects/") + this.slug;
	}

	/**
	 * Where the comment form is.
	 * @return the form's path
	 */
	public String formPath() {
		return path() + "/comments/new";
	}

	/**
	 * Where the form is posted.
	 * @return the path comments are posted to
	 */
	public String postPath() {
		return path() + "/comments";
	}

}
