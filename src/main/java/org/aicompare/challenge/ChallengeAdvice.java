package org.aicompare.challenge;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.aicompare.comment.RefusalPages;

/**
 * Turns a refused challenge into a page in the site's layout that says what was wrong and
 * links to a fresh form: 403 for a post that did not come from the site's form, 409 for a
 * reason already sent for the rating, 429 (with {@code Retry-After}) for a sender sending
 * too often.
 */
@ControllerAdvice(assignableTypes = ChallengeController.class)
class ChallengeAdvice {

	static final String REFUSED_VIEW = "challenge/refused";

	@ExceptionHandler
	ModelAndView refused(ChallengeRefusedException ex) {
		return RefusalPages.refused(REFUSED_VIEW, HttpStatus.FORBIDDEN, "refused")
			.addObject("reason", ex.getReason())
			.addObject("ratingKey", ex.getRatingKey());
	}

	@ExceptionHandler
	ModelAndView duplicate(DuplicateChallengeException ex) {
		return RefusalPages.duplicate(REFUSED_VIEW).addObject("ratingKey", ex.getRatingKey());
	}

	@ExceptionHandler
	ModelAndView flood(ChallengeFloodException ex, HttpServletResponse response) {
		return RefusalPages.tooSoon(REFUSED_VIEW, ex.getRetryAfterSeconds(), response)
			.addObject("ratingKey", ex.getRatingKey());
	}

}
