package org.aicompare.priority;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor page, the JSON download, the API's advice and the CSV show one result: for
 * several mixes of priorities they give the same recommendation, the same scores and the
 * same breakdown, to the digit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisorViewsAgreeTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@ParameterizedTest
	@ValueSource(strings = { "priority=speed", "priority=transparency:3&priority=speed:2",
			"priority=data-ownership:2&priority=cost-efficiency&priority=scalability:3",
			"priority=trust&priority=openness:2&priority=reliability:3&priority=convenience",
			"priority=speed:3&priority=convenience:2&priority=proven-performance:2&priority=cost-efficiency",
			"priority=reliability:3&priority=data-ownership:3&priority=digital-sovereignty:3&require=eu-data-residency&require=no-training-by-default&require=dpa-offered" })
	void thePageTheDownloadsAndTheApiAgreeToTheDigit(String query) throws Exception {
		JsonNode download = this.json.readTree(AdvisorPages.body(this.mvc, "/advisor.json?" + query));
		JsonNode api = this.json.readTree(AdvisorPages.body(this.mvc, "/api/v1/advice?" + query));
		List<CSVRecord> lines = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(AdvisorPages.body(this.mvc, "/advisor.csv?" + query)))
			.getRecords();
		List<CSVRecord> csv = lines.stream().filter((line) -> !line.get("row").equals("pattern")).toList();
		List<CSVRecord> patternLines = lines.stream().filter((line) -> line.get("row").equals("pattern")).toList();
		Document page = Jsoup.parse(AdvisorPages.body(this.mvc, "/advisor?" + query));

		String winner = download.path("recommendation").asString();
		assertThat(api.path("recommendation").asString()).isEqualTo(winner);
		assertThat(page.selectFirst("#recommendation").attr("data-model")).isEqualTo(winner);
		assertThat(row(csv, "recommended").get(winner)).isEqualTo("yes");
		assertThat(api.path("margin").asDouble()).isEqualTo(download.path("margin").asDouble());
		assertThat(api.path("clearWinner").asBoolean()).isEqualTo(download.path("clearWinner").asBoolean());
		assertThat(api.path("tippingPoint")).isEqualTo(download.path("tippingPoint"));

		List<String> models = new ArrayList<>();
		for (JsonNode score : download.path("scores")) {
			String model = score.path("model").asString();
			models.add(model);
			String points = AdvisorPages.digits(score.path("score").asDouble());
			assertThat(AdvisorPages.digits(scoreOf(api, model))).isEqualTo(points);
			assertThat(page.selectFirst("ol.scores li[data-model=" + model + "] .score-points").text())
				.startsWith(points + " ");
			assertThat(AdvisorPages.digits(Double.parseDouble(row(csv, "score").get(model)))).isEqualTo(points);
		}

		JsonNode patterns = download.path("patterns").path("scores");
		assertThat(api.path("patterns")).isEqualTo(download.path("patterns"));
		assertThat(patternLines).hasSize(patterns.size()).isNotEmpty();
		for (int i = 0; i < patterns.size(); i++) {
			String pattern = patterns.get(i).path("pattern").asString();
			String points = AdvisorPages.digits(patterns.get(i).path("score").asDouble());
			assertThat(patternLines.get(i).get("pattern")).isEqualTo(pattern);
			assertThat(AdvisorPages.digits(Double.parseDouble(patternLines.get(i).get("pattern_score"))))
				.isEqualTo(points);
			assertThat(page.selectFirst("ol.pattern-scores li[data-pattern=" + pattern + "] .score-points").text())
				.startsWith(points + " ");
		}

		JsonNode breakdown = download.path("breakdown");
		assertThat(api.path("breakdown")).isEqualTo(breakdown);
		List<Element> rows = page.select("table.breakdown tbody tr");
		List<String> columns = page.select("table.breakdown thead th").eachText();
		assertThat(rows).hasSize(breakdown.size());
		for (int i = 0; i < breakdown.size(); i++) {
			JsonNode contribution = breakdown.get(i);
			CSVRecord line = csv.get(i);
			assertThat(line.get("priority")).isEqualTo(contribution.path("priority").asString());
			assertThat(line.get("weight")).isEqualTo(contribution.path("weight").asString());
			List<String> cells = rows.get(i).select("td").eachText();
			assertThat(cells.get(0)).isEqualTo(contribution.path("weight").asString());
			for (String model : models) {
				String points = AdvisorPages.digits(contribution.path("points").path(model).asDouble());
				assertThat(AdvisorPages.digits(Double.parseDouble(line.get(model)))).isEqualTo(points);
				String name = page.selectFirst("ol.scores li[data-model=" + model + "] .score-name").text();
				assertThat(cells.get(columns.indexOf(name) - 1)).isEqualTo(points);
			}
		}

		JsonNode organisations = download.path("organisations");
		List<CSVRecord> organisationRows = csv.stream()
			.filter((line) -> line.get("row").equals("organisation"))
			.toList();
		assertThat(organisationRows).hasSize(organisations.size());
		assertThat(api.path("standings")).isEqualTo(download.path("standings"));
		assertThat(api.path("requirements")).isEqualTo(download.path("requirements"));
		assertThat(
				csv.stream().filter((line) -> line.get("row").equals("must-have")).map((line) -> line.get("priority")))
			.containsExactlyElementsOf(download.path("requirements").valueStream().map(JsonNode::asString).toList());
		for (int i = 0; i < organisations.size(); i++) {
			String slug = organisations.get(i).path("model").asString();
			String points = AdvisorPages.digits(organisations.get(i).path("score").asDouble());
			assertThat(api.path("organisations").get(i).path("slug").asString()).isEqualTo(slug);
			assertThat(AdvisorPages.digits(api.path("organisations").get(i).path("score").asDouble()))
				.isEqualTo(points);
			CSVRecord line = organisationRows.get(i);
			assertThat(line.get("priority")).isEqualTo(slug);
			assertThat(models.stream().map(line::get).filter((cell) -> !cell.isEmpty()).toList())
				.containsExactly(points);
			JsonNode standing = download.path("standings").get(i);
			assertThat(standing.path("organisation").asString()).isEqualTo(slug);
			assertThat(line.get("weight")).isEqualTo(standing.path("status").asString().toLowerCase(Locale.ROOT));
			Element match = page.selectFirst(".matches li[data-organisation=" + slug + "]");
			assertThat(match).as(slug).isNotNull();
			assertThat(match.selectFirst(".score-points").text()).startsWith(points + " ");
		}
	}

	private static CSVRecord row(List<CSVRecord> csv, String kind) {
		return csv.stream().filter((line) -> line.get("row").equals(kind)).findFirst().orElseThrow();
	}

	private static double scoreOf(JsonNode advice, String model) {
		for (JsonNode score : advice.path("scores")) {
			if (score.path("model").asString().equals(model)) {
				return score.path("score").asDouble();
			}
		}
		throw new AssertionError("No score for " + model);
	}

}
