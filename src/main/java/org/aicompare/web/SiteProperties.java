package org.aicompare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site presents itself to the outside.
 *
 * @param baseUrl the public address of the site, without a trailing slash, used for
 * canonical links, Open Graph tags and anything that must name the site absolutely
 */
@ConfigurationProperties("aicompare.site")
public record SiteProperties(@DefaultValue(SiteProperties.DEFAULT_BASE_URL) String baseUrl) {

	/** The base URL when none is set: right only for a try-out on this machine. */
	public static final String DEFAULT_BASE_URL = "http://localhost:8080";

}
