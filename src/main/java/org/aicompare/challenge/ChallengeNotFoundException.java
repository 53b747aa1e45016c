package org.aicompare.challenge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No challenge with this number is shown: there is none, or it is spam.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ChallengeNotFoundException extends RuntimeException {

	ChallengeNotFoundException(long id) {
		super("No challenge " + id);
	}

}
