package org.aicompare.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The moderator signs in under {@code /admin} with the configured password; readers'
 * pages keep no session, set no cookie and stay cacheable.
 *
 * @author aicompare
 */
@SpringBootTest(properties = { "aicompare.moderator.username=editor",
		"aicompare.moderator.password-hash=" + SecurityConfigurationTests.HASH })
@AutoConfigureMockMvc
class SecurityConfigurationTests {

	/** The BCrypt hash of {@code moderate-me}. */
	static final String HASH = "$2a$04$8N/nUCo1pZEmECT7KP95autVgOt9YyqY8HP/elwMTfS7NaQDizkt.";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MockMvc mockMvc;

	@Test
	void sendsAnonymousModeratorsToTheSignInPage() {
		assertThat(this.mvc.get().uri("/admin/comments")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	void showsTheSignInPageWithNoStoreCaching() {
		assertThat(this.mvc.get().uri("/admin/login")).hasStatusOk()
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate")
			.bodyText()
			.contains("Moderator sign-in")
			.contains("name=\"_csrf\"");
	}

	@Test
	void signsInWithTheConfiguredPassword() throws Exception {
		this.mockMvc.perform(formLogin("/admin/login").user("editor").password("moderate-me"))
			.andExpect(authenticated().withUsername("editor").withRoles(SecurityConfiguration.MODERATOR))
			.andExpect(redirectedUrl("/admin/comments"));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		this.mockMvc.perform(formLogin("/admin/login").user("editor").password("guess"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void keepsReaderPagesCacheableAndCookieFree() {
		assertThat(this.mvc.get().uri("/articles")).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.SET_COOKIE)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache, public")
			.hasHeader("X-Content-Type-Options", "nosniff");
	}

}
