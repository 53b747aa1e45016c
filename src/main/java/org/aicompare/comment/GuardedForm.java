package org.aicompare.comment;

/**
 * What every form a reader posts carries besides its own fields, so that the site can
 * tell its own form from a program's post: the signed token issued with the form
 * ({@link CommentToken}) and a trap field. Comments and challenges both extend it.
 */
public abstract class GuardedForm {

	// Hidden from people by the stylesheet; only programs fill it in.
	private String website;

	private String token;

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
