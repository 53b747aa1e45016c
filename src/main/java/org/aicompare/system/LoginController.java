package org.aicompare.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The moderator's sign-in page, and the page that says sign-in is paused after too many
 * failures; Spring Security handles the form's post.
 */
@Controller
class LoginController {

	static final String LOGIN_PATH = "/admin/login";

	static final String PAUSED_PATH = "/admin/login/paused";

	static final String LOGIN_VIEW = "system/login";

	static final String PAUSED_VIEW = "system/login-paused";

	@GetMapping(LOGIN_PATH)
	String login() {
		return LOGIN_VIEW;
	}

	/**
	 * Reached only by a forward from {@link LoginThrottleFilter}, which knows how long
	 * the pause lasts; asked for directly, there is nothing to show.
	 */
	@RequestMapping(PAUSED_PATH)
	ModelAndView paused(HttpServletRequest request) {
		Object minutes = request.getAttribute(LoginThrottleFilter.MINUTES_LEFT);
		if (minutes == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ModelAndView page = new ModelAndView(PAUSED_VIEW, HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("minutes", minutes);
		return page;
	}

}
