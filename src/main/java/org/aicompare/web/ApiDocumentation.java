package org.aicompare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document at {@code /v3/api-docs} introduces the API, and what it says
 * that springdoc cannot tell from the code: every field of every answer is always present
 * (those that may be empty are {@code null}), so all are required; a list parameter's
 * example is a list; every error answer is an RFC 9457 problem detail; and every
 * operation can answer 406 when the client accepts no JSON. The server is the site
 * itself, so the document works wherever the site runs.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "aicompare API", version = "v1",
		description = "Centralized, decentralized and hybrid AI compared, read-only: the models, the comparison matrix, "
				+ "articles, organisations, priorities, advice and the source text, every claim with the passages it rests on.",
		license = @License(name = "CC BY 4.0 for the site's own additions; the source text remains its author's",
				url = "https://creativecommons.org/licenses/by/4.0/")),
		servers = @Server(url = "/", description = "This site"))
class ApiDocumentation {

	/** The name of the problem-detail schema among the components. */
	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Bean
	OpenApiCustomizer apiDocumentationCustomizer() {
		return (openApi) -> {
			if (openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::requireEveryProperty);
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() != null) {
				openApi.getPaths()
					.values()
					.forEach((path) -> path.readOperations().forEach(ApiDocumentation::describe));
			}
		};
	}

	private static void describe(Operation operation) {
		if (operation.getParameters() != null) {
			operation.getParameters().forEach(ApiDocumentation::listExample);
		}
		ApiResponses responses = operation.getResponses();
		if (!responses.containsKey("406")) {
			responses.addApiResponse("406",
					new ApiResponse().description("The client accepts neither JSON nor problem JSON"));
		}
		for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
			if (!response.getKey().startsWith("2")) {
				response.getValue()
					.setContent(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		}
	}

	/**
	 * A list parameter's example, given as one value in its annotation, is a list of that
	 * value.
	 */
	private static void listExample(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		boolean list = schema != null && (schema instanceof ArraySchema || "array".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("array")));
		if (list && parameter.getExample() != null && !(parameter.getExample() instanceof List)) {
			parameter.setExample(List.of(parameter.getExample()));
		}
	}

	/**
	 * Every property of an answer is written, {@code null} when it has no value, so each
	 * object schema requires all of its properties, nested ones too.
	 */
	@SuppressWarnings("rawtypes")
	private static void requireEveryProperty(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		Map<String, Schema> properties = schema.getProperties();
		if (properties != null && !properties.isEmpty()) {
			schema.setRequired(new ArrayList<>(properties.keySet()));
			properties.values().forEach((property) -> requireEveryProperty(property));
		}
		if (schema.getItems() != null) {
			requireEveryProperty(schema.getItems());
		}
	}

	private static Schema<?> problemSchema() {
		Schema<?> invalid = new ObjectSchema().description("A parameter that is not valid")
			.addProperty("name", new StringSchema().description("The parameter's name"))
			.addProperty("value", new StringSchema().description("The value sent, empty if none"))
			.addProperty("reason", new StringSchema().description("Why it is not valid"));
		invalid.setRequired(List.of("name", "value", "reason"));
		Schema<?> problem = new ObjectSchema()
			.description("An RFC 9457 problem detail; a 400 also names each invalid parameter and the valid values")
			.addProperty("type", new StringSchema().description("Always about:blank"))
			.addProperty("title", new StringSchema().description("The kind of problem"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What went wrong, in words"))
			.addProperty("instance", new StringSchema().description("The path that was asked for"))
			.addProperty("invalidParams",
					new ArraySchema().items(invalid).description("With a 400: the invalid parameters"))
			.addProperty("validValues",
					new ArraySchema().items(new StringSchema()).description("With a 400: the values that are valid"))
			.addProperty("acceptable", new ArraySchema().items(new StringSchema())
				.description("With a 406: the media types the API answers in"));
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

}
