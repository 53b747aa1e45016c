package org.aicompare.challenge;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

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
		ModelAndView page = new ModelAndView(REFUSED_VIEW, HttpStatus.FORBIDDEN);
		page.addObject("problem", "refused");
		page.addObject("reason", ex.getReason());
		page.addObject("ratingKey", ex.getRatingKey());
		return page;
	}

	@ExceptionHandler
	ModelAndView duplicate(DuplicateChallengeException ex) {
		ModelAndView page = new ModelAndView(REFUSED_VIEW, HttpStatus.CONFLICT);
		page.addObject("problem", "duplicate");
		page.addObject("ratingKey", ex.getRatingKey());
		return page;
	}

	@ExceptionHandler
	ModelAndView flood(ChallengeFloodException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.getRetryAfterSeconds()));
		ModelAndView page = new ModelAndView(REFUSED_VIEW, HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("problem", "tooSoon");
		page.addObject("retryAfter", ex.getRetryAfterSeconds());
		page.addObject("ratingKey", ex.getRatingKey());
		return page;
	}

}
