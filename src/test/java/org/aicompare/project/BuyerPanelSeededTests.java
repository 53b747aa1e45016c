package org.aicompare.project;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "For a business" panels, the Transparency Index history and the requirement filter
 * on the seeded content, as a reader, an API client and a spreadsheet see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BuyerPanelSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@Test
	void aCompanyProfileAnswersEveryQuestionABusinessAsksWithReferencesItCanFollow() throws Exception {
		Document page = page("/projects/openai");
		Element panel = page.getElementById("for-a-business");
		assertThat(panel).isNotNull();
		assertThat(panel.select(".buyer-row dt").eachText()).containsExactly(
				"Is business data kept out of training by default?", "Can prompts be kept from being stored?",
				"Can the data stay in the EU?", "Is a GDPR data processing agreement offered?",
				"Can you run the model yourself (open weights)?", "Is an uptime SLA published?",
				"Which attestations are documented?", "How is it priced?", "Usable through an OpenAI-compatible API?");
		Element training = panel.getElementById("buyer-training");
		assertThat(training.selectFirst(".finding").text()).isEqualTo("Yes");
		assertThat(training.select(".buyer-refs a[href^=https://]").eachAttr("href"))
			.contains("https://developers.openai.com/api/docs/guides/your-data");
		assertThat(panel.getElementById("buyer-eu_residency").text()).contains("as of 2026-01-16");
		assertThat(panel.select(".buyer-refs a[href^=https://]"))
			.allSatisfy((link) -> assertThat(link.attr("rel")).isEqualTo("noopener"));
	}

	@Test
	void whatTheResearchDidNotFindIsShownAsNoneFoundWithItsDateNeverAsNo() throws Exception {
		Element panel = page("/projects/bittensor").getElementById("for-a-business");
		assertThat(panel.select(".buyer-row dt").eachText()).startsWith("How does a business use it today?",
				"Who runs the front door?", "Who holds the keys?");
		assertThat(panel.getElementById("buyer-sla").selectFirst(".finding").text())
			.isEqualTo("None found as of 2026-12-02");
		assertThat(panel.select(".finding").eachText()).doesNotContain("No");
		assertThat(panel.getElementById("buyer-openai_compatible").text()).contains("https://llm.chutes.ai/v1");
	}

	@Test
	void aProfileShowsTheTransparencyIndexScoresBesideEachEditionsMeanWithTheCaveat() throws Exception {
		Element index = page("/projects/openai").getElementById("transparency-index");
		assertThat(index.select("tbody tr").eachText()).containsExactly(
				"October 2023 48 Not named in the data 37.0 (10 developers)", "May 2024 49 GPT-4 57.9 (14 developers)",
				"December 2025 35 o3 40.7 (13 developers)");
		assertThat(index.text()).contains("neither a company\u2019s scores nor the means make a trend");
		assertThat(index.select("a[href=/sources#ref-CP-R1]")).hasSize(1);
		assertThat(page("/projects/microsoft-ai").getElementById("transparency-index").select("tbody tr").eachText())
			.contains("October 2023 Not rated 37.0 (10 developers)");
		assertThat(page("/projects/ocean-protocol").getElementById("transparency-index").text())
			.contains("it does not score decentralized networks such as Ocean Protocol");
	}

	@Test
	void factsRestingOnlyOnSecondarySourcesSaySo() throws Exception {
		Document page = page("/projects/openai");
		assertThat(page.select(".fact-item")
			.stream()
			.filter((fact) -> fact.text().startsWith("Microsoft holds about 27%"))
			.findFirst()
			.orElseThrow()
			.text()).contains("Secondary sources only");
		assertThat(page.select(".fact-item")
			.stream()
			.filter((fact) -> fact.text().startsWith("Open-weight models gpt-oss"))
			.findFirst()
			.orElseThrow()
			.text()).doesNotContain("Secondary sources only");
	}

	@Test
	void theFilterListsWhoMeetsARequirementAndKeepsUnknownApartFromPartly() throws Exception {
		Document page = page("/projects?require=eu-data-residency");
		assertThat(page.select(".org-card h2").eachText()).containsExactly("OpenAI", "Google DeepMind", "Microsoft AI",
				"Amazon AI");
		assertThat(page.selectFirst(".require-note").text()).startsWith("4 organisations meet every requirement");
		assertThat(page.select(".require-partly li > a").eachText()).containsExactly("Meta AI", "Anthropic",
				"Ocean Protocol");
		assertThat(page.select(".require-unknown li > a").eachText()).containsExactly("Bittensor", "SingularityNET",
				"Fetch.ai");
		assertThat(page.select(".require-not_met")).isEmpty();
		assertThat(page.select("input[name=require][value=eu-data-residency]").attr("checked")).isNotNull();
		assertThat(page.select("input[name=require][checked]")).hasSize(1);
	}

	@Test
	void requirementsCombineAndKeepTheModelFilter() throws Exception {
		assertThat(page("/projects?require=open-weights,openai-compatible-api").select(".org-card h2").eachText())
			.containsExactly("Bittensor");
		Document decentralized = page("/projects?model=decentralized&require=openai-compatible-api");
		assertThat(decentralized.select(".org-card h2").eachText()).containsExactly("Bittensor", "Fetch.ai");
		assertThat(decentralized.select(".require-others li > a").eachText()).containsExactly("SingularityNET",
				"Ocean Protocol");
	}

	@Test
	void anUnknownRequirementIsABadRequestThatNamesTheValidOnes() {
		assertThat(this.mvc.get().uri("/projects?require=cheap")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("cheap", "no-training-by-default", "eu-data-residency", "dpa-offered", "open-weights",
					"published-sla", "openai-compatible-api");
	}

	@Test
	void theComparisonShowsThePanelsRowsSideBySide() throws Exception {
		Document page = page("/projects/compare?slugs=openai,bittensor");
		Element training = page.getElementById("buyer-training");
		assertThat(training.select("td")).hasSize(2);
		assertThat(training.select("td .finding").eachText()).containsExactly("Yes", "None found as of 2026-12-02");
		assertThat(page.getElementById("buyer-gateway").selectFirst("td").text())
			.isEqualTo("Not asked of this organisation");
	}

	@Test
	void theApiCarriesThePanelTheIndexAndTheReferencesAddresses() throws Exception {
		JsonNode profile = this.json
			.readTree(this.mvc.get().uri("/api/v1/projects/openai").exchange().getResponse().getContentAsByteArray());
		assertThat(profile.get("forBusiness")).hasSize(9);
		assertThat(profile.get("forBusiness").get(0).get("question").asString()).isEqualTo("TRAINING");
		assertThat(profile.get("forBusiness").get(0).get("finding").asString()).isEqualTo("YES");
		assertThat(profile.get("transparencyIndex").get("editions").get(0).get("score").asInt()).isEqualTo(48);
		assertThat(profile.get("transparencyIndex").get("editions").get(1).get("mean").asString()).isEqualTo("57.9");
		JsonNode references = profile.get("references");
		assertThat(references).isNotEmpty();
		for (JsonNode reference : references) {
			if (!reference.get("code").asString().matches("S\\d+[a-z]?")) {
				assertThat(reference.get("address").asString()).startsWith("https://");
				assertThat(reference.get("kind").asString()).isIn("PRIMARY", "SECONDARY");
			}
		}
		JsonNode network = this.json
			.readTree(this.mvc.get().uri("/api/v1/projects/fetch-ai").exchange().getResponse().getContentAsByteArray());
		assertThat(network.get("transparencyIndex").get("scored").asBoolean()).isFalse();
	}

	@Test
	void theOpenApiDocumentDescribesThePanel() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("\"BuyerAnswer\"", "\"TransparencyIndex\"", "\"Reference\"", "NONE_FOUND", "forBusiness");
	}

	@Test
	void theCsvHasOneRowPerAnswerWithItsReferencesAddresses() throws Exception {
		String body = this.mvc.get()
			.uri("/projects/buyer-panel.csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
		assertThat(records).hasSize(10 * 9);
		assertThat(records).allSatisfy((record) -> {
			assertThat(record.get("content_revision")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(record.get("licence")).startsWith("CC BY 4.0");
			List<String> codes = split(record.get("reference_codes"));
			List<String> addresses = split(record.get("reference_addresses"));
			assertThat(addresses).hasSameSizeAs(codes)
				.allSatisfy((address) -> assertThat(address).startsWith("https://"));
			if (!record.get("finding").equals("NONE_FOUND")) {
				assertThat(codes).as(record.toString()).isNotEmpty();
			}
		});
		assertThat(records.get(0).get("organisation")).isEqualTo("openai");
	}

	@Test
	void theSourcesPageListsTheStatementsThatCiteEachReference() throws Exception {
		Element reference = page("/sources").getElementById("ref-CP-R2");
		assertThat(reference.selectFirst("a[href=https://developers.openai.com/api/docs/guides/your-data]"))
			.isNotNull();
		assertThat(reference.select(".reference-uses a").eachAttr("href")).contains("/projects/openai#for-a-business");
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(";"));
	}

	private Document page(String uri) throws Exception {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
