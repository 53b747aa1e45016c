package org.aicompare.project;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProjectApiController} on the seeded content, through the whole
 * application (the priority filter needs the advisor's beans).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheOrganisationsWithoutFitUnlessAsked() {
		var body = assertThat(this.mvc.get().uri("/api/v1/projects")).hasStatusOk().bodyJson();
		body.extractingPath("$.items[0].slug").isEqualTo("openai");
		body.extractingPath("$.items[0].model").isEqualTo("centralized");
		body.extractingPath("$.items[0].fit").isNull();
		body.extractingPath("$.items[0].links.self").isEqualTo("/api/v1/projects/openai");
	}

	@Test
	void filtersByModel() {
		assertThat(this.mvc.get().uri("/api/v1/projects?model=decentralized")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].model")
			.asArray()
			.isNotEmpty()
			.containsOnly("decentralized");
	}

	@Test
	void scoresByPrioritiesBestFirst() {
		var body = assertThat(this.mvc.get().uri("/api/v1/projects?priority=data-ownership:3")).hasStatusOk()
			.bodyJson();
		body.extractingPath("$.items[0].fit").isNotNull();
		body.extractingPath("$.items[0].model").isEqualTo("decentralized");
	}

	@Test
	void rejectsAnUnknownModelNamingTheParameter() {
		var body = assertThat(this.mvc.get().uri("/api/v1/projects?model=quantum")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("model");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("quantum");
		body.extractingPath("$.validValues").asArray().contains("centralized", "decentralized", "hybrid");
	}

	@Test
	void rejectsAnUnknownPriorityNamingTheParameter() {
		assertThat(this.mvc.get().uri("/api/v1/projects?priority=luck")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.invalidParams[0].name")
			.isEqualTo("priority");
	}

	@Test
	void givesAProfileWithQuotesProductsAndSourcedFacts() {
		var body = assertThat(this.mvc.get().uri("/api/v1/projects/openai")).hasStatusOk().bodyJson();
		body.extractingPath("$.name").isEqualTo("OpenAI");
		body.extractingPath("$.says[0].text").asString().isNotBlank();
		body.extractingPath("$.facts[0].sources").asArray().isNotEmpty();
		body.extractingPath("$.facts[0].asOf").asString().matches("\\d{4}-\\d{2}.*");
		body.extractingPath("$.facts[0].uncertain").isInstanceOf(Boolean.class);
		body.extractingPath("$.links.html").isEqualTo("/projects/openai");
	}

	@Test
	void answersAnUnknownOrganisationWithNotFound() {
		assertThat(this.mvc.get().uri("/api/v1/projects/nobody")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
