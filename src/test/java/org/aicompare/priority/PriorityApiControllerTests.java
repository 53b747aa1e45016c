package org.aicompare.priority;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PriorityApiController} on the seeded content, through the whole
 * application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PriorityApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsThePrioritiesWithTheirDimensionWeights() {
		var body = assertThat(this.mvc.get().uri("/api/v1/priorities")).hasStatusOk().bodyJson();
		body.extractingPath("$.items[0].slug").isEqualTo("speed");
		body.extractingPath("$.items[0].weights[0].dimension").asString().isNotBlank();
		body.extractingPath("$.items[0].weights[0].prefers").asString().isIn("LOW", "HIGH");
		body.extractingPath("$.meta.citeAs").asString().startsWith("aicompare, ");
	}

	@Test
	void advisesAsTheAdvisorDoes() {
		var body = assertThat(this.mvc.get().uri("/api/v1/advice?priority=data-ownership:3&priority=speed"))
			.hasStatusOk()
			.bodyJson();
		body.extractingPath("$.recommendation").isEqualTo("decentralized");
		body.extractingPath("$.scores[0].model").isEqualTo("decentralized");
		body.extractingPath("$.scores").asArray().hasSize(3);
		body.extractingPath("$.breakdown").asArray().hasSize(2);
		body.extractingPath("$.clearWinner").isInstanceOf(Boolean.class);
		body.extractingPath("$.margin").isNotNull();
		body.extractingPath("$.organisations[0].slug").asString().isNotBlank();
		body.extractingPath("$.edition").asNumber().satisfies((edition) -> {
			assertThat(edition.intValue()).isPositive();
			body.extractingPath("$.links.html")
				.isEqualTo("/advisor?priority=data-ownership:3&priority=speed&edition=" + edition);
		});
	}

	@Test
	void rejectsAnUnknownPriorityListingTheValidOnes() {
		var body = assertThat(this.mvc.get().uri("/api/v1/advice?priority=luck")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("priority");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("luck");
		body.extractingPath("$.validPriorities").asArray().contains("speed", "transparency");
		body.extractingPath("$.validValues").asArray().contains("speed", "transparency");
	}

	@Test
	void rejectsAMissingSelection() {
		assertThat(this.mvc.get().uri("/api/v1/advice")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
