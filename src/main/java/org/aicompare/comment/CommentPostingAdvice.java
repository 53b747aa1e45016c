package org.aicompare.comment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a refused comment into a page in the site's layout that says what was wrong and
 * how to go on: 403 for a post that did not come from the site's form, 409 for a text
 * already on the page, 429 (with {@code Retry-After}) for a sender posting too often.
 */
@ControllerAdvice(annotations = Controller.class)
class CommentPostingAdvice {

	static final String FORBIDDEN_VIEW = "error/403";

	static final String REFUSED_VIEW = "comment/refused";

	@ExceptionHandler
	ModelAndView refused(CommentRefusedException ex) {
		ModelAndView page = new ModelAndView(FORBIDDEN_VIEW, HttpStatus.FORBIDDEN);
		page.addObject("status", HttpStatus.FORBIDDEN.value());
		page.addObject("reason", ex.getReason());
		page.addObject("page", ex.getPage());
		return page;
	}

	@ExceptionHandler
	ModelAndView duplicate(DuplicateCommentException ex) {
		return RefusalPages.duplicate(REFUSED_VIEW).addObject("page", ex.getPage());
	}

	@ExceptionHandler
	ModelAndView flood(CommentFloodException ex, HttpServletResponse response) {
		return RefusalPages.tooSoon(REFUSED_VIEW, ex.getRetryAfterSeconds(), response).addObject("page", ex.getPage());
	}

}
