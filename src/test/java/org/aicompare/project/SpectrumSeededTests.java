package org.aicompare.project;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decentralization spectrum on the seeded content, as a reader, an API client and a
 * spreadsheet see it: on a profile, on /spectrum, as JSON and as CSV, and with bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpectrumSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	private Document page(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void aProfileShowsWhoHoldsWhatAsAChartAndATableThatCarriesEveryFact() throws Exception {
		Element section = page("/projects/bittensor").getElementById("spectrum");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("Who holds what");
		Element chart = section.selectFirst("svg.radar-chart");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(section.getElementById(chart.attr("aria-labelledby")).text()).contains("Radar chart of Bittensor");
		assertThat(section.select("figcaption a").eachAttr("href")).containsExactly("#spectrum-compute",
				"#spectrum-data", "#spectrum-models", "#spectrum-governance", "#spectrum-ownership");
		assertThat(section.select("table.spectrum-axes tbody tr")).hasSize(5);
		Element governance = section.getElementById("spectrum-governance");
		assertThat(governance.text()).contains("Governance", "2 of 5", "2-of-3 multisig", "as of 2026-12-02");
		assertThat(governance.select("a.reference-code").eachAttr("href")).containsExactly("/sources#ref-DN-A3",
				"/sources#ref-DN-A1", "/sources#ref-DN-A2");
		assertThat(governance.select("a[href^=https://]").eachAttr("href"))
			.contains("https://github.com/latent-to/developer-docs/blob/02d1ee3/docs/learn/roadmap.md");
		assertThat(section.getElementById("spectrum-ownership").text()).contains("FLock.io, a competitor", "secondary",
				"as of 2026-06");
	}

	@Test
	void aProfileLabelsRatingsThatRestOnSecondaryOrUncertainFacts() throws Exception {
		Element openai = page("/projects/openai").getElementById("spectrum");
		assertThat(openai.getElementById("spectrum-governance").select(".secondary-only").eachText())
			.containsExactly("Secondary sources only");
		assertThat(openai.getElementById("spectrum-compute").select(".secondary-only")).isEmpty();
		Element google = page("/projects/google-deepmind").getElementById("spectrum");
		assertThat(google.getElementById("spectrum-ownership").select(".uncertain")).hasSize(1);
		assertThat(google.getElementById("spectrum-compute").select(".uncertain")).isEmpty();
	}

	@Test
	void aProfileSetsWhatAnOrganisationSaysBesideWhatTheSourcesShow() throws Exception {
		Element stated = page("/projects/bittensor").getElementById("stated-versus-actual");
		assertThat(stated.select("dt").eachText()).containsExactly("What Bittensor says of itself",
				"What its own documents or other sources show", "The gap");
		assertThat(stated.text()).contains(
				"\"transitions the management of the network from centralization within the foundation to community ownership over time\"");
		assertThat(stated.selectFirst(".gap").text()).isEqualTo("Large.");
		assertThat(stated.select("a.reference-code").eachText()).contains("DN-A1", "DN-A3");
		assertThat(page("/projects/microsoft-ai").getElementById("stated-versus-actual").selectFirst(".gap").text())
			.isEqualTo("None.");
	}

	@Test
	void theSpectrumListsEveryOrganisationAndTheThreeModelsAsReferenceRows() throws Exception {
		Document page = page("/spectrum");
		Element table = page.selectFirst("table.spectrum-table");
		assertThat(table.select("thead th").eachText()).containsExactly("Organisation", "Model", "Compute", "Data",
				"Models", "Governance", "Ownership");
		List<String> organisations = table.select("tbody:not(.reference-rows) th[scope=row]").eachText();
		assertThat(organisations).hasSize(10).startsWith("OpenAI").contains("Ocean Protocol");
		Element bittensor = page.getElementById("row-bittensor");
		assertThat(bittensor.select("td").eachText()).startsWith("Decentralized AI", "4 of 5 Challenge",
				"3 of 5 Challenge", "4 of 5 Challenge", "2 of 5 Challenge");
		assertThat(bittensor.select("td a.challenge-link").eachAttr("href"))
			.contains("/challenges/new?rating=spectrum:bittensor:governance");
		assertThat(bittensor.select("td a.spectrum-cell").eachAttr("href"))
			.contains("/projects/bittensor#spectrum-governance");
		assertThat(table.select("tbody.reference-rows th[scope=row] a").eachText()).containsExactly("Centralized AI",
				"Decentralized AI", "Hybrid AI");
		Element hybrid = page.getElementById("row-hybrid");
		assertThat(hybrid.text()).contains("What the source's hybrid scenario implies", "¶ 207");
		assertThat(hybrid.select("a.cite").eachAttr("href")).contains("/sources#p-207");
		assertThat(page.select("a[href=/spectrum.csv]")).hasSize(1);
	}

	@Test
	void theSpectrumSortsByAnAxisAndFiltersByModelOnTheServer() throws Exception {
		Document page = page("/spectrum?sort=governance&model=decentralized");
		List<String> names = page.select("table.spectrum-table tbody:not(.reference-rows) th[scope=row]").eachText();
		assertThat(names).containsExactly("SingularityNET", "Fetch.ai", "Bittensor", "Ocean Protocol");
		assertThat(page.select("thead th[aria-sort]").eachText()).containsExactly("Governance");
		assertThat(page.select("a[aria-current=page]").eachText()).contains("Decentralized only");
		Document data = page("/spectrum?sort=data");
		assertThat(data.select("table.spectrum-table tbody:not(.reference-rows) th[scope=row]").eachText())
			.startsWith("Ocean Protocol");
		assertThat(page("/spectrum?model=centralized").select("tbody:not(.reference-rows) th[scope=row]")).hasSize(6);
	}

	@Test
	void anUnknownSortOrModelIsABadRequestThatNamesTheValidValues() throws Exception {
		var sort = this.mvc.get().uri("/spectrum?sort=nope").exchange();
		assertThat(sort).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(sort.getResponse().getContentAsString()).contains("nope", "compute", "data", "models", "governance",
				"ownership");
		var model = this.mvc.get().uri("/spectrum?model=nope").exchange();
		assertThat(model).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(model.getResponse().getContentAsString()).contains("centralized", "decentralized");
		assertThat(this.mvc.get().uri("/spectrum.csv?sort=nope")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/spectrum?model=nope")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.validValues")
			.asArray()
			.containsExactly("centralized", "decentralized");
	}

	@Test
	void theCsvHasOneRowPerRatingWithItsReasonLabelsAndReferences() throws Exception {
		var result = this.mvc.get().uri("/spectrum.csv").exchange();
		assertThat(result).hasStatus(HttpStatus.OK).hasContentType("text/csv;charset=UTF-8");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(result.getResponse().getContentAsString()))
			.getRecords();
		assertThat(records).hasSize(13 * 5);
		CSVRecord governance = records.stream()
			.filter((record) -> record.get("slug").equals("bittensor") && record.get("axis").equals("governance"))
			.findFirst()
			.orElseThrow();
		assertThat(governance.get("rating")).isEqualTo("2");
		assertThat(governance.get("reference_codes")).isEqualTo("DN-A3;DN-A1;DN-A2");
		assertThat(governance.get("reference_addresses")).startsWith("https://github.com/latent-to/");
		CSVRecord hybrid = records.stream()
			.filter((record) -> record.get("slug").equals("hybrid") && record.get("axis").equals("data"))
			.findFirst()
			.orElseThrow();
		assertThat(hybrid.get("reference_row")).isEqualTo("true");
		assertThat(hybrid.get("passages")).isEqualTo("207");
		assertThat(records).filteredOn((record) -> record.get("reference_row").equals("false"))
			.allSatisfy((record) -> assertThat(record.get("reference_addresses")).contains("https://"));
	}

	@Test
	void theApiListsTheSpectrumAndEachProjectCarriesItsOwn() throws Exception {
		var list = this.mvc.get().uri("/api/v1/spectrum?sort=ownership").exchange();
		assertThat(list).hasStatus(HttpStatus.OK);
		JsonNode items = this.json.readTree(list.getResponse().getContentAsString()).get("items");
		assertThat(items).hasSize(13);
		assertThat(items.get(0).get("spectrum").get(4).get("rating").asInt()).isEqualTo(3);
		assertThat(items.get(12).get("slug").asString()).isEqualTo("hybrid");
		assertThat(items.get(12).get("reference").asBoolean()).isTrue();
		assertThat(items.get(12).get("statedVersusActual").isNull()).isTrue();
		var profile = this.mvc.get().uri("/api/v1/projects/ocean-protocol").exchange();
		JsonNode body = this.json.readTree(profile.getResponse().getContentAsString());
		JsonNode spectrum = body.get("spectrum");
		assertThat(spectrum).hasSize(5);
		assertThat(spectrum.get(3).get("axis").asString()).isEqualTo("governance");
		assertThat(spectrum.get(3).get("uncertain").asBoolean()).isTrue();
		assertThat(spectrum.get(1).get("rating").asInt()).isEqualTo(5);
		assertThat(body.get("statedVersusActual").get("gap").asString()).isEqualTo("large");
		List<String> codes = body.get("references").valueStream().map((ref) -> ref.get("code").asString()).toList();
		assertThat(codes).contains("DN-D11", "DN-D14");
	}

	@Test
	void theComparisonOverlaysTheChosenSpectraOnOneChartWithTheirRowsSideBySide() throws Exception {
		Document page = page("/projects/compare?slugs=openai,bittensor");
		Element chart = page.selectFirst("figure.spectrum-compare svg.radar-chart");
		assertThat(chart.select(".radar-outline").eachAttr("data-model")).containsExactly("openai", "bittensor");
		assertThat(page.select("figure.spectrum-compare .legend-name").eachText()).containsExactly("OpenAI",
				"Bittensor");
		Element governance = page.getElementById("spectrum-governance");
		assertThat(governance.select("td .rating-text").eachText()).containsExactly("1 of 5", "2 of 5");
		assertThat(page.getElementById("stated-gap").select(".gap").eachText()).containsExactly("Small.", "Large.");
		assertThat(page.getElementById("stated-says").select("a").eachText()).containsExactly("CP-R2", "DN-A1");
	}

	@Test
	void theSitemapListsTheSpectrum() throws Exception {
		assertThat(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString())
			.contains("/spectrum</loc>");
	}

}
