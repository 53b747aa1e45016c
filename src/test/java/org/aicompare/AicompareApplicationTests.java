package org.aicompare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end smoke test: the whole site on a real port, with the content imported at
 * start.
 *
 * @author aicompare
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AicompareApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void homeShowsTheSeededModelsAndMatrix() throws Exception {
		HttpResponse<String> home = get("/", "text/html");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Centralized AI", "Decentralized AI", "Hybrid AI",
				"Controlled by one organization", "Community-driven development", "Single organization",
				"User/community-controlled", "Community voting", "Content version: 2026-11-24");
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
		assertThat(sources.body()).contains("id=\"ref-S1\"", "id=\"ref-S47\"");
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

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
