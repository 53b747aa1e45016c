package org.aicompare.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

/**
 * Structured data (schema.org, as JSON-LD) for a page to print inside its
 * {@code <script type="application/ld+json">} element.
 */
public final class JsonLd {

	private JsonLd() {
	}

	/**
	 * A schema.org object of the given type.
	 * @param type the schema.org type, such as {@code Article}
	 * @return a map to add properties to, in the order they should appear
	 */
	public static Map<String, Object> thing(String type) {
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@context", "https://schema.org");
		thing.put("@type", type);
		return thing;
	}

	/**
	 * The site itself, as the publisher of its pages.
	 * @param name the site's name
	 * @param site where the site is
	 * @return a schema.org organisation
	 */
	public static Map<String, Object> publisher(String name, SiteProperties site) {
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "Organization");
		publisher.put("name", name);
		publisher.put("url", site.baseUrl() + "/");
		return publisher;
	}

	/**
	 * The JSON of a schema.org object, safe to print unescaped inside a script element.
	 * Text from the data may hold {@code </script>}: {@code <}, {@code >} and {@code &}
	 * are written as JSON unicode escapes, which JSON readers turn back into the same
	 * characters and which HTML parsers never see as markup.
	 * @param json the mapper Boot configures
	 * @param thing the object
	 * @return the JSON text
	 */
	public static String script(ObjectMapper json, Map<String, Object> thing) {
		return json.writeValueAsString(thing).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
