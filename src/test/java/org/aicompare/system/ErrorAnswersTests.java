package org.aicompare.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients other than browsers get, through a real server: curl, wget and crawlers
 * (any or no {@code Accept}) get the site's HTML error pages, which name no canonical
 * address; the error path itself is no page; a method a path does not answer is a 405
 * whose {@code Allow} agrees with {@code OPTIONS}; feeds and the sitemap answer ordinary
 * XML {@code Accept} headers; and every page announces the Atom feed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorAnswersTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "", "*/*", "text/html", "text/html,application/xhtml+xml,*/*;q=0.8",
			"application/json, text/plain, */*" })
	void givesPageRoutesTheHtmlErrorPageWhateverTheClientAccepts(String accept) throws Exception {
		HttpResponse<String> missing = send("GET", "/no-such-page", accept);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("content-type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(missing.body()).contains("| aicompare</title>").doesNotContain("\"timestamp\"");
		HttpResponse<String> invalid = send("GET", "/advisor?priority=no-such-priority", accept);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("| aicompare</title>");
	}

	@Test
	void givesJsonToAClientThatAsksForJsonOnlyAndProblemDetailsUnderTheApi() throws Exception {
		HttpResponse<String> json = send("GET", "/no-such-page", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.headers().firstValue("content-type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		HttpResponse<String> api = send("GET", "/api/v1/no-such-resource", "*/*");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("content-type")).hasValue("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/advisor?priority=no-such-priority", "/error" })
	void errorPagesNameNoCanonicalAddress(String path) throws Exception {
		Document page = Jsoup.parse(send("GET", path, "text/html").body());
		assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
		assertThat(page.html()).doesNotContain("/error\"");
	}

	@Test
	void answersTheErrorPathAskedForDirectlyAsMissing() throws Exception {
		for (String accept : List.of("text/html", "*/*")) {
			HttpResponse<String> error = send("GET", "/error", accept);
			assertThat(error.statusCode()).isEqualTo(404);
			assertThat(error.body()).contains("| aicompare</title>");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "PROPFIND", "DELETE", "PUT", "PATCH", "MKCOL", "FOO" })
	void refusesAnUnsupportedMethodWith405AndTheMethodsOptionsNames(String method) throws Exception {
		String allowed = send("OPTIONS", "/", "*/*").headers().firstValue("allow").orElseThrow();
		HttpResponse<String> refused = send(method, "/", "text/html");
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(methods(refused.headers().firstValue("allow").orElseThrow())).isEqualTo(methods(allowed))
			.containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
		HttpResponse<String> api = send(method, "/api/v1/models", "*/*");
		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(methods(api.headers().firstValue("allow").orElseThrow()))
			.isEqualTo(methods(send("OPTIONS", "/api/v1/models", "*/*").headers().firstValue("allow").orElseThrow()));
	}

	@Test
	void servesTheFeedAndSitemapToOrdinaryXmlAcceptHeaders() throws Exception {
		for (String accept : List.of("application/xml", "text/xml", "application/atom+xml", "*/*")) {
			assertThat(send("GET", "/feed.atom", accept).statusCode()).as("feed for " + accept).isEqualTo(200);
		}
		for (String accept : List.of("application/xml", "text/xml", "*/*")) {
			assertThat(send("GET", "/sitemap.xml", accept).statusCode()).as("sitemap for " + accept).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/compare", "/sources", "/articles/conclusion", "/no-such-page" })
	void everyPageAnnouncesTheAtomFeed(String path) throws Exception {
		Document page = Jsoup.parse(send("GET", path, "text/html").body());
		assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom");
	}

	private static List<String> methods(String allow) {
		return List.of(allow.replace(" ", "").split(",")).stream().sorted().toList();
	}

	private HttpResponse<String> send(String method, String path, String accept)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
