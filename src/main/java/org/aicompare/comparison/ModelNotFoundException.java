package org.aicompare.comparison;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A model page was asked for a slug no model has; answered with the site's 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ModelNotFoundException extends RuntimeException {

	ModelNotFoundException(String slug) {
		super("No deployment model '" + slug + "'");
	}

}
