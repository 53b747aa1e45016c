package org.aicompare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end smoke test: the whole site on a real port, with the content imported at
 * start.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AicompareApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void homeShowsTheSeededModelsAndMatrix() throws Exception {
		HttpResponse<String> home = get("/", "text/html");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Centralized AI", "Decentralized AI", "Hybrid AI",
				"Controlled by one organization", "Community-driven development", "Single organization",
				"User/community-controlled", "Community voting", "Content version: 2026-12-02");
		assertThat(home.body().split("<th scope=\"row\">", -1)).hasSize(9);
		assertThat(home.body()).contains("Right now, centralized AI leads in capability, funding, and adoption.",
				"What changed last");
	}

	@Test
	void advisorRecommendsFromTheSeededRatings() throws Exception {
		HttpResponse<String> advice = get("/advisor?priority=data-ownership:3&priority=speed", "text/html");
		assertThat(advice.statusCode()).isEqualTo(200);
		assertThat(advice.body()).contains("id=\"recommendation\"", "data-model=\"decentralized\"");
	}

	@Test
	void theComparisonPutsTheDimensionsAReadersPrioritiesDependOnFirst() throws Exception {
		HttpResponse<String> focused = get("/compare?priority=data-ownership&priority=transparency", "text/html");
		assertThat(focused.statusCode()).isEqualTo(200);
		String body = focused.body();
		assertThat(body).contains("Shown first for your priorities",
				"Data ownership depends on Data Ownership (weight 3 of 3).");
		assertThat(body.indexOf("id=\"dimension-data-ownership\""))
			.isLessThan(body.indexOf("id=\"dimension-control\""));
		assertThat(body.indexOf("id=\"dimension-transparency\""))
			.isLessThan(body.indexOf("id=\"dimension-scalability\""));
		assertThat(body.split("For your priorities</span>", -1)).hasSize(5);
	}

	@Test
	void aBadPriorityOnTheComparisonNamesItAndKeepsTheValidPart() throws Exception {
		HttpResponse<String> bad = get("/compare?models=hybrid&priority=transparency&priority=nope", "text/html");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\u201cnope\u201d", "<code>data-ownership</code>",
				"href=\"/compare?models=hybrid&amp;priority=transparency\"");
	}

	@Test
	void theOrganisationListRanksByFitForTheReadersPriorities() throws Exception {
		HttpResponse<String> ranked = get("/projects?priority=transparency", "text/html");
		assertThat(ranked.statusCode()).isEqualTo(200);
		String body = ranked.body();
		assertThat(body).contains("Ranked by how well each fits your priorities: Transparency",
				"Fit for your priorities: 75.0 of 100");
		assertThat(body.indexOf("id=\"org-bittensor\"")).isLessThan(body.indexOf("id=\"org-meta-ai\""));
		assertThat(body.indexOf("id=\"org-meta-ai\"")).as("open weights count for transparency")
			.isLessThan(body.indexOf("id=\"org-openai\""));
	}

	@Test
	void sourcesListEveryPassageOfTheSourceText() throws Exception {
		HttpResponse<String> sources = get("/sources", "text/html");
		assertThat(sources.statusCode()).isEqualTo(200);
		assertThat(sources.body()).contains("id=\"p-1\"", "id=\"p-244\"").doesNotContain("id=\"p-245\"");
		assertThat(sources.body()).contains("id=\"ref-S1\"", "id=\"ref-CP-R1\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare", "/css/site.css", "/api/v1/dimensions", "/compare.csv", "/sitemap.xml" })
	void compressesTextForClientsThatAcceptGzip(String path) throws Exception {
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(in.readAllBytes().length).isGreaterThan(response.body().length);
		}
	}

	@Test
	void unknownPagesGetTheSiteNotFoundPageNeverTheWhitelabelOne() throws Exception {
		HttpResponse<String> missing = get("/no-such-page", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found", "Go to the home page")
			.doesNotContain("Whitelabel", "Exception", "trace");
	}

	@Test
	void wrongMethodsGetAClear405() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/"))
			.header("Accept", "text/html")
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("This request could not be answered").doesNotContain("Whitelabel");
	}

	@Test
	void pausesSignInAfterFiveFailuresWithAPageThatSaysSo() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = browser
			.send(HttpRequest.newBuilder(uri("/admin/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String account = "ghost-" + UUID.randomUUID();
		try {
			for (int failure = 1; failure <= 5; failure++) {
				assertThat(signIn(browser, csrf.group(1), account).statusCode()).isEqualTo(302);
			}
			HttpResponse<String> paused = signIn(browser, csrf.group(1), account);
			assertThat(paused.statusCode()).isEqualTo(429);
			assertThat(paused.headers().firstValue("Retry-After")).hasValue("900");
			assertThat(paused.body()).contains("Sign-in is paused", "15 more minutes");
		}
		finally {
			// This client is every test's client: let the others sign in.
			this.jdbc.sql("delete from request_limit where limit_key like 'login-%'").update();
		}
	}

	private HttpResponse<String> signIn(HttpClient browser, String csrf, String account)
			throws IOException, InterruptedException {
		String form = "username=" + account + "&password=guess&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
