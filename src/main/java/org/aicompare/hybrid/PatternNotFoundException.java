package org.aicompare.hybrid;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A pattern page or the API was asked for a slug no pattern has; answered with a 404
 * naming the valid slugs.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PatternNotFoundException extends RuntimeException {

	private final String slug;

	private final List<String> validSlugs;

	PatternNotFoundException(String slug, List<String> validSlugs) {
		super("No hybrid pattern '" + slug + "'");
		this.slug = slug;
		this.validSlugs = List.copyOf(validSlugs);
	}

	String getSlug() {
		return this.slug;
	}

	List<String> getValidSlugs() {
		return this.validSlugs;
	}

}
