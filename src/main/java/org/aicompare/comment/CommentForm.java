package org.aicompare.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The comment form as a reader fills it in, kept apart from {@link Comment} so that a
 * post can set nothing else. The text's length is checked after
 * {@link CommentText#normalise(String)}, by {@link CommentPosting}.
 */
public class CommentForm {

	@NotBlank
	@Size(max = Comment.MAX_AUTHOR_LENGTH)
	private String name;

	@Email
	@Size(max = 254)
	private String email;

	private String text;

	// Hidden from people by the stylesheet; only programs fill it in.
	private String website;

	private String token;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

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
