package org.aicompare.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The moderator's sign-in page; Spring Security handles the form's post.
 *
 * @author aicompare
 */
@Controller
class LoginController {

	static final String LOGIN_VIEW = "system/login";

	@GetMapping("/admin/login")
	String login() {
		return LOGIN_VIEW;
	}

}
