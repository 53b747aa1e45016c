package org.aicompare.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every endpoint of the API and nothing of the HTML pages,
 * and Swagger UI is served from the site itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsEveryEndpointOfTheApi() {
		var body = assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
		body.extractingPath("$.openapi").asString().startsWith("3.1");
		body.extractingPath("$.info.title").isEqualTo("aicompare API");
		body.extractingPath("$.paths")
			.asMap()
			.containsOnlyKeys("/api/v1", "/api/v1/models", "/api/v1/models/{slug}", "/api/v1/dimensions",
					"/api/v1/articles", "/api/v1/articles/{slug}", "/api/v1/projects", "/api/v1/projects/{slug}",
					"/api/v1/priorities", "/api/v1/advice", "/api/v1/advice/guide", "/api/v1/sources/passages/{number}",
					"/api/v1/references", "/api/v1/references/{code}", "/api/v1/hybrid-patterns",
					"/api/v1/hybrid-patterns/{slug}", "/api/v1/spectrum", "/api/v1/challenges",
					"/api/v1/challenges/{number}", "/api/v1/editions", "/api/v1/editions/{number}");
		body.extractingPath("$.paths['/api/v1/advice'].get.parameters[0].description").asString().isNotBlank();
		body.extractingPath("$.components.schemas.Cell.properties.rating.description").asString().isNotBlank();
	}

	@Test
	void servesSwaggerUiFromTheSite() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk()
			.bodyText()
			.doesNotContain("https://", "http://");
		assertThat(this.mvc.get().uri("/swagger-ui/swagger-initializer.js")).hasStatusOk()
			.bodyText()
			.doesNotContain("petstore", "https://");
		assertThat(this.mvc.get().uri("/v3/api-docs/swagger-config")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.validatorUrl")
			.isEqualTo("none");
	}

}
