package org.aicompare.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an API resource lives: its own address in the API and the page a reader sees.
 *
 * @param self the resource's API path
 * @param html the path of its page on the site
 */
@Schema(description = "Where the resource lives: its API address and its page on the site.")
public record ApiLinks(
		@Schema(description = "The resource's own API path.", example = "/api/v1/models/hybrid") String self,
		@Schema(description = "The path of the resource's page on the site.", example = "/models/hybrid") String html) {

	/** The prefix of every API path. */
	public static final String PREFIX = "/api/v1";

	/**
	 * Links to a resource and its page.
	 * @param apiPath the path below {@link #PREFIX}, such as {@code /models/hybrid}
	 * @param html the page's path
	 * @return the links
	 */
	public static ApiLinks of(String apiPath, String html) {
		return new ApiLinks(PREFIX + apiPath, html);
	}

}
