package org.aicompare.comparison;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ComparisonApiController}, on the seeded content through the whole
 * application (the API reads several features' beans, so the real context is simpler than
 * mocking them).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheModelsWithTheirSummaryMarkedAsAdded() {
		assertThat(this.mvc.get().uri("/api/v1/models").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactly("centralized", "decentralized", "hybrid"))
			.hasPathSatisfying("$.items[0].summaryAdded", (added) -> assertThat(added).isEqualTo(true))
			.hasPathSatisfying("$.items[2].links.self", (self) -> assertThat(self).isEqualTo("/api/v1/models/hybrid"))
			.hasPathSatisfying("$.items[2].links.html", (html) -> assertThat(html).isEqualTo("/models/hybrid"))
			.hasPathSatisfying("$.meta.licence", (licence) -> assertThat(licence).asString().contains("CC BY 4.0"))
			.hasPathSatisfying("$.meta.citeAs", (cite) -> assertThat(cite).asString()
				.contains("aicompare, http://localhost:8080/compare, content revision 2026-", ", accessed "));
	}

	@Test
	void showsOneModelPassageByPassage() {
		assertThat(this.mvc.get().uri("/api/v1/models/centralized")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.name", (name) -> assertThat(name).isEqualTo("Centralized AI"))
			.hasPathSatisfying("$.definition[0].passage", (number) -> assertThat(number).isInstanceOf(Integer.class))
			.hasPathSatisfying("$.definition[0].text", (text) -> assertThat(text).asString().isNotBlank())
			.hasPathSatisfying("$.whenToChoose", (list) -> assertThat(list).asList().isNotEmpty())
			.hasPathSatisfying("$.examples", (list) -> assertThat(list).asList().isNotEmpty());
	}

	@Test
	void answersAnUnknownModelWithANotFoundProblem() {
		assertThat(this.mvc.get().uri("/api/v1/models/quantum")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo(404))
			.doesNotHavePath("$.trace")
			.doesNotHavePath("$.exception");
	}

	@Test
	void givesTheMatrixWithCellsCitationsAndEvidence() {
		assertThat(this.mvc.get().uri("/api/v1/dimensions")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items", (rows) -> assertThat(rows).asList().hasSize(8))
			.hasPathSatisfying("$.items[0].cells", (cells) -> assertThat(cells).asList().hasSize(3))
			.hasPathSatisfying("$.items[0].cells[0].model", (model) -> assertThat(model).isEqualTo("centralized"))
			.hasPathSatisfying("$.items[0].cells[0].rating", (rating) -> assertThat(rating).isInstanceOf(Integer.class))
			.hasPathSatisfying("$.items[0].cells[0].citations", (cites) -> assertThat(cites).asList().isNotEmpty())
			.hasPathSatisfying("$.items[*].cells[*].evidence[*].asOf",
					(dates) -> assertThat(dates).asList().isNotEmpty())
			.hasPathSatisfying("$.items[0].links.html",
					(html) -> assertThat(html).asString().startsWith("/compare#dimension-"));
	}

}
