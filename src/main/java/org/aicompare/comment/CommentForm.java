package org.aicompare.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The comment form as a reader fills it in, kept apart from {@link Comment} so that a
 * post can set nothing else. The text's length is checked after
 * {@link CommentText#normalise(String)}, by {@link CommentPosting}; the token and the
 * trap field are those of every reader's form.
 */
public class CommentForm extends GuardedForm {

	@NotBlank
	@Size(max = Comment.MAX_AUTHOR_LENGTH)
	private String name;

	@Email
	@Size(max = 254)
	private String email;

	private String text;

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

}
