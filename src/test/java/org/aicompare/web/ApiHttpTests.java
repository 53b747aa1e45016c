package org.aicompare.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every API answer shares: caching headers, revalidation, CORS and problem details
 * for requests no controller takes, while the HTML pages keep their error pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiHttpTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void namesTheLicenceOnEveryAnswerIncludingSingleResources() {
		assertThat(this.mvc.get().uri("/api/v1/models/hybrid")).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.LINK, "<http://localhost:8080/methodology#open-data>; rel=\"license\"");
	}

	@Test
	void revalidatesWithTheEtagAsNotModified() {
		MvcTestResult first = this.mvc.get().uri("/api/v1/models").exchange();
		assertThat(first).hasStatusOk().containsHeader(HttpHeaders.ETAG);
		assertThat(first).headers().hasValue(HttpHeaders.CACHE_CONTROL, "max-age=300, public");
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(this.mvc.get().uri("/api/v1/models").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);
	}

	@Test
	void letsAnyOriginReadWithoutCredentials() {
		assertThat(this.mvc.get().uri("/api/v1/dimensions").header(HttpHeaders.ORIGIN, "https://example.org"))
			.hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void answersPreflightForGetOnly() {
		assertThat(this.mvc.options()
			.uri("/api/v1/models")
			.header(HttpHeaders.ORIGIN, "https://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(this.mvc.options()
			.uri("/api/v1/models")
			.header(HttpHeaders.ORIGIN, "https://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).hasStatus(403);
	}

	@Test
	void refusesOtherMethodsWithAProblem() {
		assertThat(this.mvc.post().uri("/api/v1/models")).hasStatus(405)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.headers()
			.containsHeader(HttpHeaders.ALLOW);
	}

	@Test
	void refusesClientsThatAcceptNoJson() {
		assertThat(this.mvc.get().uri("/api/v1/models").accept(MediaType.TEXT_HTML)).hasStatus(406);
	}

	@Test
	void answersAnUnknownApiPathWithAProblem() {
		assertThat(this.mvc.get().uri("/api/v1/nothing-here")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsTheHtmlErrorPagesForThePages() {
		assertThat(this.mvc.get().uri("/projects?model=quantum").accept(MediaType.TEXT_HTML)).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(this.mvc.get().uri("/models/quantum").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

}
