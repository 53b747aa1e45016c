package org.aicompare.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * While the database cannot be reached, pages get the 503 page and the API a 503 problem
 * detail, both with {@code Retry-After}; other database failures stay server errors.
 */
@Import({ SecurityConfiguration.class, DatabaseOutagePagesTests.UnreachableDatabasePages.class,
		DatabaseOutagePagesTests.UnreachableDatabaseApi.class })
@WebMvcTest(controllers = { DatabaseOutagePagesTests.UnreachableDatabasePages.class,
		DatabaseOutagePagesTests.UnreachableDatabaseApi.class })
class DatabaseOutagePagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@Test
	void answersAPageThatNeedsTheDatabaseWithTheUnavailablePage() {
		assertThat(this.mvc.get().uri("/outage/page")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.hasViewName(DatabaseOutageAdvice.VIEW)
			.bodyText()
			.contains("This page is temporarily unavailable")
			.contains("Nothing you sent was saved")
			.doesNotContain("Exception");
	}

	@Test
	void answersACommentPostedDuringAnOutageWithTheUnavailablePage() {
		assertThat(this.mvc.post().uri("/outage/comments").param("text", "Hello"))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.bodyText()
			.contains("Nothing you sent was saved");
	}

	@Test
	void answersTheApiWithAProblemDetail() {
		var result = assertThat(this.mvc.get().uri("/api/v1/outage")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		result.bodyJson().extractingPath("$.status").isEqualTo(503);
		result.bodyJson().extractingPath("$.title").isEqualTo("Service unavailable");
	}

	@Test
	void keepsOtherDatabaseFailuresServerErrors() {
		assertThat(this.mvc.get().uri("/api/v1/outage/constraint")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.doesNotContainHeader(HttpHeaders.RETRY_AFTER);
		assertThat(this.mvc.get().uri("/outage/constraint")).hasFailed()
			.failure()
			.hasCauseInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void filterAnswersAnOutageOutsideTheControllersWith503() throws Exception {
		MockHttpServletResponse response = filter("/admin/comments");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getErrorMessage()).isNull();
		assertThat(response.getHeader(HttpHeaders.RETRY_AFTER))
			.isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
	}

	@Test
	void filterAnswersTheApiWithAProblemDetail() throws Exception {
		MockHttpServletResponse response = filter("/api/v1/models");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	@Test
	void filterLetsOtherFailuresThrough() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/comments");
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				throw new IllegalStateException("bug");
			}
		});
		assertThatIllegalStateException().isThrownBy(
				() -> new DatabaseOutageFilter(this.json).doFilter(request, new MockHttpServletResponse(), chain));
	}

	private MockHttpServletResponse filter(String uri) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException {
				throw new ServletException("Request processing failed", unreachable());
			}
		});
		new DatabaseOutageFilter(this.json).doFilter(request, response, chain);
		return response;
	}

	static CannotCreateTransactionException unreachable() {
		return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms"));
	}

	@Controller
	static class UnreachableDatabasePages {

		@GetMapping("/outage/page")
		String page() {
			throw unreachable();
		}

		@PostMapping("/outage/comments")
		String post() {
			throw unreachable();
		}

		@GetMapping("/outage/constraint")
		String constraint() {
			throw new DataIntegrityViolationException("duplicate key");
		}

	}

	@RestController
	static class UnreachableDatabaseApi {

		@GetMapping("/api/v1/outage")
		String api() {
			throw unreachable();
		}

		@GetMapping("/api/v1/outage/constraint")
		String constraint() {
			throw new DataIntegrityViolationException("duplicate key");
		}

	}

}
