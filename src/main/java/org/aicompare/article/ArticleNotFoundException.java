package org.aicompare.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No article has the slug a reader asked for; answered with the site's 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(String slug) {
		super("No article " + slug);
	}

}
