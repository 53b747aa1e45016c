package org.aicompare.source;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A passage number the source text does not have.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PassageNotFoundException extends RuntimeException {

	PassageNotFoundException(int number) {
		super("No passage " + number);
	}

}
