package org.aicompare.hybrid;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hybrid pages on the seeded content: the list introduced by the source, each
 * pattern's page, unknown slugs, and where the rest of the site points to them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HybridPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theListQuotesTheSourcesScenarioAndLinksEveryPattern() {
		assertThat(this.mvc.get().uri("/hybrid")).hasStatusOk()
			.bodyText()
			.contains("A business uses centralized large models for computation but decentralized infrastructure"
					+ " for data ownership and governance.")
			.contains("/sources#p-207")
			.contains("href=\"/hybrid/compute-to-data\"")
			.contains("href=\"/hybrid/openai-compatible-endpoint\"")
			.contains("href=\"/hybrid/federated-learning\"")
			.contains("the site&#39;s judgement");
	}

	@Test
	void aPatternPageSaysWhatRunsWhereWhoIsInvolvedAndWhy() {
		assertThat(this.mvc.get().uri("/hybrid/compute-to-data")).hasStatusOk()
			.bodyText()
			.contains("decentralized infrastructure for data ownership and governance")
			.contains("Compute", "Data", "Models", "Governance", "Ownership")
			.contains("href=\"/projects/ocean-protocol\"")
			.contains("Pontus-X (deltaDAO)")
			.contains("https://github.com/deltaDAO/pontusx-docs")
			.contains("The data never leaves its owner")
			.contains("href=\"/advisor?priority=data-ownership\"");
	}

	@Test
	void anUnknownPatternIsA404InTheSiteLayoutNamingThePatterns() {
		assertThat(this.mvc.get().uri("/hybrid/no-such-pattern")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("no-such-pattern")
			.contains("compute-to-data")
			.contains("href=\"/hybrid/federated-learning\"")
			.contains("id=\"main\"");
	}

	@Test
	void theApiListsThePatternsWithTheirRatings() {
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items.length()", (size) -> assertThat(size).asNumber().isEqualTo(6))
			.extractingPath("$.items[3].slug")
			.isEqualTo("compute-to-data");
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns")).bodyJson()
			.extractingPath("$.items[3].ratings.length()")
			.isEqualTo(8);
	}

	@Test
	void theApiGivesOnePatternWithItsScenarioAndParties() {
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns/compute-to-data")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.scenario.passages[0]")
			.isEqualTo(207);
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns/compute-to-data")).bodyJson()
			.extractingPath("$.parties[0].organisation")
			.isEqualTo("ocean-protocol");
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns/compute-to-data")).bodyJson()
			.extractingPath("$.links.html")
			.isEqualTo("/hybrid/compute-to-data");
	}

	@Test
	void theApiEntryPointNamesThePatterns() {
		assertThat(this.mvc.get().uri("/api/v1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.collections.hybridPatterns")
			.isEqualTo("/api/v1/hybrid-patterns");
	}

	@Test
	void anUnknownPatternInTheApiIsAProblemNamingTheValidSlugs() {
		assertThat(this.mvc.get().uri("/api/v1/hybrid-patterns/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.validValues[0]")
			.isEqualTo("openai-compatible-endpoint");
	}

	@Test
	void aProfileListsThePatternsItsOrganisationTakesPartIn() {
		assertThat(this.mvc.get().uri("/projects/bittensor")).hasStatusOk()
			.bodyText()
			.contains("href=\"/hybrid/openai-compatible-endpoint\"")
			.contains("href=\"/hybrid/gateway-router\"");
		assertThat(this.mvc.get().uri("/projects/singularitynet")).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/hybrid/");
	}

	@Test
	void theHybridFilterListsTheOrganisationsTakingPartInAPattern() {
		assertThat(this.mvc.get().uri("/projects?model=hybrid")).hasStatusOk()
			.bodyText()
			.contains("Hybrid AI (8)")
			.contains("href=\"/projects/ocean-protocol\"")
			.contains("href=\"/projects/meta-ai\"")
			.doesNotContain("href=\"/projects/singularitynet\"")
			.contains("href=\"/hybrid\"");
	}

	@Test
	void theMatrixsHybridColumnLinksToThePatterns() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk().bodyText().contains("href=\"/hybrid\"");
	}

	@Test
	void theSitemapAndTheSearchIncludeThePatterns() {
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("/hybrid</loc>")
			.contains("/hybrid/compute-to-data</loc>");
		assertThat(this.mvc.get().uri("/search?q=Pontus-X")).hasStatusOk()
			.bodyText()
			.contains("/hybrid/compute-to-data");
	}

	@Test
	void aPatternPageListsItsOwnChangesSinceTheFirstEdition() {
		assertThat(this.mvc.get().uri("/hybrid/compute-to-data")).hasStatusOk()
			.bodyText()
			.contains("Changes to this pattern", "Nothing here has changed since the first edition.");
	}

}
