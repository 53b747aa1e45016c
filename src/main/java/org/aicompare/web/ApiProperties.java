package org.aicompare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the JSON API tells its clients about using its data.
 *
 * @param licence the terms the data may be reused under
 * @param citeAs how to cite the data, with {@code {url}} standing for the site's
 * configured base URL, {@code {page}} for the path of the page the data belongs to,
 * {@code {version}} for the content revision and {@code {accessed}} for the date of the
 * answer
 * @param maxAge how long, in seconds, clients and caches may reuse an answer
 */
@ConfigurationProperties("aicompare.api")
public record ApiProperties(
		@DefaultValue("CC BY 4.0 for the site's own additions; the source text remains its author's.") String licence,
		@DefaultValue(ApiProperties.DEFAULT_CITE_AS) String citeAs, @DefaultValue("300") long maxAge) {

	/** The citation pattern when none is set. */
	public static final String DEFAULT_CITE_AS = "aicompare, {url}{page}, content revision {version}, accessed {accessed}";

}
