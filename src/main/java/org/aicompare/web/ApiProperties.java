package org.aicompare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the JSON API tells its clients about using its data.
 *
 * @param licence the terms the data may be reused under
 * @param citeAs how to cite the data, with {@code {url}} standing for the site's address
 * and {@code {version}} for the content version
 * @param maxAge how long, in seconds, clients and caches may reuse an answer
 */
@ConfigurationProperties("aicompare.api")
public record ApiProperties(
		@DefaultValue("CC BY 4.0 for the site's own additions; the source text remains its author's.") String licence,
		@DefaultValue("aicompare, {url}, content version {version}") String citeAs, @DefaultValue("300") long maxAge) {

	/**
	 * How to cite the data.
	 * @param url the site's address
	 * @param version the content version, or {@code null} when it is not known
	 * @return the citation text
	 */
	public String citation(String url, String version) {
		return this.citeAs.replace("{url}", url).replace("{version}", (version != null) ? version : "unknown");
	}

}
