package org.aicompare.project;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No organisation has the slug a reader asked for; answered with the site's 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProjectNotFoundException extends RuntimeException {

	public ProjectNotFoundException(String slug) {
		super("No organisation " + slug);
	}

}
