package org.aicompare.system;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.aicompare.comparison.Matrix;
import org.aicompare.comparison.MatrixService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data on the seeded content: the exports say what the pages say.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MatrixService matrix;

	@Autowired
	private ObjectMapper json;

	@Test
	void theMatrixCsvParsesBackToTheMatrix() throws Exception {
		List<List<String>> expected = new ArrayList<>();
		for (Matrix.Row row : this.matrix.matrix().rows()) {
			for (Matrix.Entry cell : row.cells()) {
				expected.add(List.of(row.slug(), row.name(), cell.model(), cell.text(), String.valueOf(cell.rating()),
						cell.kind().name().toLowerCase(Locale.ROOT), cell.rationale(),
						cell.cites().stream().map(String::valueOf).collect(Collectors.joining(";"))));
			}
		}
		List<CSVRecord> records = csv("/compare.csv");
		assertThat(records).hasSize(8 * 3);
		assertThat(records.stream().map((record) -> record.toList().subList(0, 8))).containsExactlyElementsOf(expected);
	}

	@Test
	void theMatrixCsvParsesBackToTheSameMatrixAsTheApi() throws Exception {
		JsonNode dimensions = this.json
			.readTree(this.mvc.get().uri("/api/v1/dimensions").exchange().getResponse().getContentAsByteArray())
			.get("items");
		List<List<String>> fromApi = new ArrayList<>();
		for (JsonNode row : dimensions) {
			for (JsonNode cell : row.get("cells")) {
				List<String> citations = new ArrayList<>();
				cell.get("citations").forEach((n) -> citations.add(n.asString()));
				fromApi.add(List.of(row.get("slug").asString(), row.get("name").asString(),
						cell.get("model").asString(), cell.get("text").asString(), cell.get("rating").asString(),
						cell.get("kind").asString().toLowerCase(Locale.ROOT), cell.get("rationale").asString(),
						String.join(";", citations)));
			}
		}
		assertThat(fromApi).hasSize(8 * 3);
		assertThat(csv("/compare.csv").stream().map((record) -> record.toList().subList(0, 8)))
			.containsExactlyElementsOf(fromApi);
	}

	@Test
	void theOrganisationsCsvHasEveryOrganisationWithItsFacts() throws Exception {
		List<CSVRecord> records = csv("/projects.csv");
		assertThat(records).hasSize(10);
		CSVRecord openai = records.get(0);
		assertThat(openai.get("slug")).isEqualTo("openai");
		assertThat(openai.get("model")).isEqualTo("centralized");
		assertThat(openai.get("products")).contains("ChatGPT");
		// The facts themselves, each with its references and date, not a count.
		assertThat(openai.get("facts"))
			.contains("founded: Announced on 11 December 2015 as a nonprofit [S1] (as of 2015-12-11)", " | ");
		assertThat(records).allSatisfy((record) -> {
			assertThat(record.get("content_revision")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(record.get("licence")).startsWith("CC BY 4.0");
		});
	}

	@Test
	void theSitemapListsEveryProfileAndArticle() throws Exception {
		Document sitemap = XmlDocuments
			.parse(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray());
		List<String> locations = XmlDocuments.children(sitemap.getDocumentElement(), SitemapController.NAMESPACE, "url")
			.stream()
			.map((url) -> XmlDocuments.text(url, SitemapController.NAMESPACE, "loc"))
			.toList();
		// 13 fixed pages (with the guide, /about, the spectrum, the challenges and
		// /changes),
		// 3 models, 10
		// organisations, 13 articles, the hybrid patterns' list and its 6 patterns
		assertThat(locations).hasSize(46)
			.doesNotHaveDuplicates()
			.contains("http://localhost:8080/models/hybrid", "http://localhost:8080/projects/bittensor",
					"http://localhost:8080/articles/key-differences", "http://localhost:8080/spectrum",
					"http://localhost:8080/challenges");
	}

	@Test
	void theFeedCarriesTheChangeLogAndTheCorrectionsButNotTheSourcesOwnComments() throws Exception {
		String atom = "http://www.w3.org/2005/Atom";
		Document feed = XmlDocuments
			.parse(this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsByteArray());
		List<String> links = XmlDocuments.children(feed.getDocumentElement(), atom, "entry")
			.stream()
			.map((entry) -> XmlDocuments.children(entry, atom, "link").get(0).getAttribute("href"))
			.toList();
		assertThat(links).contains("http://localhost:8080/methodology#updates",
				"http://localhost:8080/changes#edition-1", "http://localhost:8080/about#correction-amazon-anthropic");
		// The source's own comment thread is old text, not news dated at import.
		assertThat(links).noneMatch((link) -> link.contains("#comment-"));
	}

	@Test
	void anArticleAndAProfileCarryValidStructuredData() throws Exception {
		assertThat(jsonLd("/articles/key-differences").get("@type").asString()).isEqualTo("Article");
		assertThat(jsonLd("/projects/bittensor").get("name").asString()).isEqualTo("Bittensor");
	}

	private JsonNode jsonLd(String path) throws Exception {
		String body = new String(this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		Element script = Jsoup.parse(body).selectFirst("script[type=application/ld+json]");
		assertThat(script).isNotNull();
		return this.json.readTree(script.data());
	}

	private List<CSVRecord> csv(String path) throws Exception {
		String body = new String(this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
	}

}
