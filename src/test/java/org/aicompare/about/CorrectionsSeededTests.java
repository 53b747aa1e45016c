package org.aicompare.about;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.project.Fact;
import org.aicompare.project.FactRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections of the December 2026 fact-check, applied to the seeded content and
 * listed in public, and the dates and sources every added fact now carries.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionsSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CorrectionRepository corrections;

	@Autowired
	private FactRepository facts;

	@Test
	void theAboutPageListsEveryCorrectionOfTheFactCheck() {
		Document about = page("/about");
		assertThat(about.select("li.correction").eachAttr("id")).containsExactlyInAnyOrder(
				"correction-amazon-anthropic", "correction-bittensor-safe-mode", "correction-dynamic-tao-date",
				"correction-alphafold-nobel", "correction-pytorch-unsourced", "correction-fet-asi-rename",
				"correction-ocean-exit", "correction-fact-dates", "correction-transparency-trend",
				"correction-cost-efficiency-centralized");
		assertThat(about.select("li.correction time").eachAttr("datetime")).containsOnly("2026-12-02");
	}

	@Test
	@Transactional
	void everyCorrectedFactLinksToItsCorrectionAndEveryLinkLeadsToOne() {
		Set<String> codes = this.corrections.findAll().stream().map(Correction::getCode).collect(Collectors.toSet());
		List<Fact> corrected = this.facts.findAll().stream().filter((fact) -> fact.getCorrection() != null).toList();
		assertThat(corrected).extracting(Fact::getCorrection)
			.allMatch(codes::contains)
			.contains("amazon-anthropic", "bittensor-safe-mode", "dynamic-tao-date", "alphafold-nobel",
					"fet-asi-rename", "ocean-exit");
		Document amazon = page("/projects/amazon-ai");
		assertThat(amazon.select("a.corrected").eachAttr("href")).contains("/about#correction-amazon-anthropic");
	}

	@Test
	void theFactCheckIsAppliedToTheProfiles() {
		assertThat(page("/projects/amazon-ai").select(".fact-text").eachText())
			.anyMatch((fact) -> fact.contains("A minority investor in Anthropic"))
			.noneMatch((fact) -> fact.contains("4 billion"));
		assertThat(page("/projects/meta-ai").select(".fact-text").eachText()).doesNotContain("PyTorch");
		assertThat(page("/projects/bittensor").text())
			.contains("safe mode", "Ala Shaabana", "13 February 2025", "15 February")
			.doesNotContain("the exact date is not confirmed");
		assertThat(page("/projects/google-deepmind").text()).contains("Demis Hassabis and John Jumper", "David Baker");
		assertThat(page("/projects/fetch-ai").text()).contains("still trades as FET")
			.doesNotContain("to be renamed ASI 1:1");
		assertThat(page("/projects/ocean-protocol").text()).contains("Fetch.ai's CEO accused Ocean",
				"Ocean's CEO called the claims");
	}

	@Test
	@Transactional
	void everyFactHasAReferenceAndItsOwnDateNotTheImportMonth() {
		List<Fact> all = this.facts.findAll();
		assertThat(all).isNotEmpty().allSatisfy((fact) -> assertThat(fact.getSources()).isNotEmpty());
		// Only a fact whose source gives no date may carry the month the notes were
		// collected, and then it says it is the date it was checked.
		assertThat(all).filteredOn((fact) -> "2026-11".equals(fact.getAsOf())).allMatch(Fact::isCheckedOnly);
		assertThat(all).filteredOn((fact) -> !fact.isCheckedOnly()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/projects/openai", "/projects/bittensor", "/projects/meta-ai" })
	void aProfileSaysWhichDatesAreOnlyTheDateAFactWasChecked(String path) {
		Document profile = page(path);
		assertThat(profile.select(".fact-item .as-of").eachText()).isNotEmpty()
			.allMatch((date) -> date.startsWith("as of ") || date.startsWith("checked "));
		assertThat(profile.text()).doesNotContain("The research notes give no source for this.");
	}

	@Test
	void theApiSaysWhichFactACorrectionFixedAndWhichDatesAreCheckDates() {
		var profile = assertThat(this.mvc.get().uri("/api/v1/projects/amazon-ai")).hasStatusOk().bodyJson();
		profile.extractingPath("$.facts[?(@.correction == '/about#correction-amazon-anthropic')].asOf")
			.asArray()
			.containsExactly("2024-11-22");
		profile.extractingPath("$.facts[?(@.checkedOnly == true)].asOf").asArray().contains("2026-11");
	}

	@Test
	void theFeedCarriesTheCorrections() throws Exception {
		String atom = this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsString();
		assertThat(atom).contains("Correction: Amazon AI: its investment in Anthropic",
				"/about#correction-amazon-anthropic", "2026-12-02T00:00:00Z");
	}

	private Document page(String path) {
		byte[] body = this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
		return Jsoup.parse(new String(body, StandardCharsets.UTF_8));
	}

}
