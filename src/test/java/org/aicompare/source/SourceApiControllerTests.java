package org.aicompare.source;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourceApiController} on the seeded content, through the whole
 * application (what cites a passage comes from every feature's citation index).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourceApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void givesAPassageWithThePagesCitingIt() {
		var body = assertThat(this.mvc.get().uri("/api/v1/sources/passages/6")).hasStatusOk().bodyJson();
		body.extractingPath("$.number").isEqualTo(6);
		body.extractingPath("$.text").asString().isNotBlank();
		body.extractingPath("$.original").asString().isNotBlank();
		body.extractingPath("$.kind").asString().isNotBlank();
		body.extractingPath("$.citedBy[*].html").asArray().contains("/articles/what-is-centralized-ai");
		body.extractingPath("$.links.html").isEqualTo("/sources#p-6");
	}

	@Test
	void answersAnUnknownPassageWithNotFound() {
		assertThat(this.mvc.get().uri("/api/v1/sources/passages/99999")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsANumberThatIsNotOne() {
		assertThat(this.mvc.get().uri("/api/v1/sources/passages/six")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.invalidParams[0].name")
			.isEqualTo("number");
	}

}
