package org.aicompare.source;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A reference code the site does not have.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReferenceNotFoundException extends RuntimeException {

	ReferenceNotFoundException(String code) {
		super("No reference " + code + "; the references are listed at /api/v1/references");
	}

}
