package org.aicompare.system;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiMeta;
import org.aicompare.web.ApiTerms;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's front door: the data's licence, how to cite it, and where each collection and
 * the API's description are.
 */
@RestController
@Tag(name = "API", description = "The API's entry point.")
class ApiRootController {

	private final ApiTerms terms;

	ApiRootController(ApiTerms terms) {
		this.terms = terms;
	}

	@GetMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The API's entry point",
			description = "The data's licence and how to cite it, with the address of every collection.")
	Root root() {
		Map<String, String> collections = new LinkedHashMap<>();
		collections.put("models", ApiLinks.PREFIX + "/models");
		collections.put("dimensions", ApiLinks.PREFIX + "/dimensions");
		collections.put("articles", ApiLinks.PREFIX + "/articles");
		collections.put("projects", ApiLinks.PREFIX + "/projects");
		collections.put("priorities", ApiLinks.PREFIX + "/priorities");
		collections.put("advice", ApiLinks.PREFIX + "/advice?priority={slug}[:{weight}]");
		collections.put("passage", ApiLinks.PREFIX + "/sources/passages/{number}");
		collections.put("references", ApiLinks.PREFIX + "/references");
		collections.put("hybridPatterns", ApiLinks.PREFIX + "/hybrid-patterns");
		collections.put("spectrum", ApiLinks.PREFIX + "/spectrum");
		collections.put("challenges", ApiLinks.PREFIX + "/challenges");
		collections.put("editions", ApiLinks.PREFIX + "/editions");
		return new Root(this.terms.meta(), collections, "/v3/api-docs", new ApiLinks(ApiLinks.PREFIX, "/"));
	}

	/**
	 * The entry point.
	 *
	 * @param meta the licence and how to cite
	 * @param collections the address of each collection, by name
	 * @param openApi the address of the OpenAPI description
	 * @param links its own address and the home page
	 */
	@Schema(name = "ApiRoot", description = "The API's entry point.")
	record Root(@Schema(description = "The data's licence and how to cite it.") ApiMeta meta,
			@Schema(description = "The address of each collection, by name.") Map<String, String> collections,
			@Schema(description = "The address of the API's OpenAPI 3.1 description.") String openApi,
			@Schema(description = "The API's address and the site's home page.") ApiLinks links) {
	}

}
