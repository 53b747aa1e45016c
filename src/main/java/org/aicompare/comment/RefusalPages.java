package org.aicompare.comment;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages that say why a reader's post was refused, shared by comments and challenges:
 * each names its {@code problem} for the template, and a sender posting too often is told
 * when to try again, in the page and in {@code Retry-After}.
 */
public final class RefusalPages {

	private RefusalPages() {
	}

	/**
	 * A refusal.
	 * @param view the page's template
	 * @param status the page's status
	 * @param problem what was wrong, as the template names it
	 * @return the page, for the caller to add what it refused
	 */
	public static ModelAndView refused(String view, HttpStatus status, String problem) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("problem", problem);
		return page;
	}

	/**
	 * The 409 for a text already sent.
	 * @param view the page's template
	 * @return the page
	 */
	public static ModelAndView duplicate(String view) {
		return refused(view, HttpStatus.CONFLICT, "duplicate");
	}

	/**
	 * The 429 for a sender posting too often.
	 * @param view the page's template
	 * @param retryAfterSeconds when the sender may post again
	 * @param response where {@code Retry-After} is written
	 * @return the page
	 */
	public static ModelAndView tooSoon(String view, long retryAfterSeconds, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		return refused(view, HttpStatus.TOO_MANY_REQUESTS, "tooSoon").addObject("retryAfter", retryAfterSeconds);
	}

}
