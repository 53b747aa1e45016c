package org.aicompare.comment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A moderator asked for a comment that does not exist, or no longer does.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CommentNotFoundException extends RuntimeException {

	public CommentNotFoundException(long id) {
		super("No comment " + id);
	}

}
