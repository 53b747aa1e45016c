package org.aicompare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what the API does: a list parameter's example is a list, the
 * licence has its address, answers mark their required fields (and really carry them),
 * every error answer describes its problem-detail body, and a 200 is JSON only, as the
 * server answers it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiContractTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void givesListParametersAListAsTheirExample() {
		JsonNode paths = document().get("paths");
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
				if (parameter.path("schema").path("type").asString("").equals("array") && parameter.has("example")
						&& !parameter.get("example").isArray()) {
					wrong.add(path.getKey() + " " + parameter.get("name").asString());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void namesTheLicenceByItsAddress() {
		assertThat(document().at("/info/license/url").asString())
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
	}

	@Test
	void marksTheRequiredFieldsOfEveryAnswerAndTheAnswersCarryThem() throws Exception {
		JsonNode schemas = document().at("/components/schemas");
		List<String> without = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
			if (schema.getValue().has("properties") && !schema.getValue().has("required")) {
				without.add(schema.getKey());
			}
		}
		assertThat(without).isEmpty();
		assertThat(schemas.at("/Passage/required").toString()).contains("\"repair\"");
		JsonNode passage = json
			.readTree(this.mvc.get().uri("/api/v1/sources/passages/6").exchange().getResponse().getContentAsString());
		for (JsonNode field : schemas.at("/Passage/required")) {
			assertThat(passage.has(field.asString())).as("passage has " + field.asString()).isTrue();
		}
	}

	@Test
	void describesTheProblemDetailOfEveryErrorAndOnlyJsonForSuccess() {
		JsonNode paths = document().get("paths");
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			JsonNode responses = path.getValue().path("get").path("responses");
			boolean clientError = false;
			for (Map.Entry<String, JsonNode> response : responses.properties()) {
				String code = response.getKey();
				JsonNode content = response.getValue().path("content");
				if (code.startsWith("2")) {
					if (content.has(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
						wrong.add(path.getKey() + " " + code + " lists problem JSON");
					}
				}
				else {
					clientError |= code.startsWith("4");
					if (!content.path(MediaType.APPLICATION_PROBLEM_JSON_VALUE).path("schema").has("$ref")) {
						wrong.add(path.getKey() + " " + code + " describes no body");
					}
				}
			}
			if (!clientError) {
				wrong.add(path.getKey() + " has no 4xx answer");
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersAListInJsonOnly() {
		assertThat(this.mvc.get().uri("/api/v1/models").accept(MediaType.APPLICATION_PROBLEM_JSON))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/models").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	private JsonNode document() {
		try {
			return json.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
