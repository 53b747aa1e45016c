package org.aicompare.system;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The moderator signs in under {@code /admin} with the configured password, and too many
 * failed sign-ins from a client or for an account pause sign-in; readers' pages keep no
 * session, set no cookie and stay cacheable.
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

	@Test
	void pausesSignInFromAClientAfterFiveFailures() {
		String client = client();
		for (int failure = 1; failure <= 5; failure++) {
			assertThat(signIn("nobody-" + failure, "guess", client)).hasRedirectedUrl("/admin/login?error");
		}
		assertThat(signIn("editor", "moderate-me", client)).as("even the right password")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.headers()
			.hasValue(HttpHeaders.RETRY_AFTER, Long.toString(Duration.ofMinutes(15).toSeconds()));
		assertThat(signIn("editor", "moderate-me", client())).as("another client").hasRedirectedUrl("/admin/comments");
	}

	@Test
	void pausesSignInForAnAccountAfterFiveFailuresFromAnywhere() {
		String account = "guessed-" + UUID.randomUUID();
		for (int failure = 1; failure <= 5; failure++) {
			assertThat(signIn(account, "guess-" + failure, client())).hasStatus3xxRedirection()
				.hasRedirectedUrl("/admin/login?error");
		}
		assertThat(signIn(account, "guess-6", client())).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasForwardedUrl("/admin/login/paused");
	}

	@Test
	void saysHowLongSignInIsPaused() {
		assertThat(this.mvc.post()
			.uri("/admin/login/paused")
			.requestAttr(LoginThrottleFilter.MINUTES_LEFT, 15L)
			.with(csrf())).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("Sign-in is paused", "15 more minutes", "href=\"/admin/login\"");
	}

	@Test
	void forgetsAClientsFailuresWhenItSignsIn() {
		String client = client();
		for (int failure = 1; failure <= 4; failure++) {
			assertThat(signIn("editor-" + UUID.randomUUID(), "guess", client)).hasRedirectedUrl("/admin/login?error");
		}
		assertThat(signIn("editor", "moderate-me", client)).hasRedirectedUrl("/admin/comments");
		for (int failure = 1; failure <= 4; failure++) {
			assertThat(signIn("editor-" + UUID.randomUUID(), "guess", client)).hasRedirectedUrl("/admin/login?error");
		}
		assertThat(signIn("editor", "moderate-me", client)).as("four new failures do not reach the limit")
			.hasRedirectedUrl("/admin/comments");
	}

	@Test
	void showsThePausedPageOnlyWhenSignInIsPaused() {
		assertThat(this.mvc.get().uri("/admin/login/paused")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult signIn(String username, String password, String client) {
		return this.mvc.post()
			.uri("/admin/login")
			.with(csrf())
			.with(from(client))
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	/** A client address of its own for each test, as tests share the database. */
	private static String client() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static RequestPostProcessor from(String client) {
		return (request) -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

}
