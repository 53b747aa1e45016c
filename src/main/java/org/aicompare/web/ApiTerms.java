package org.aicompare.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Wraps API lists with the data's licence and citation, so every feature answers its
 * lists the same way.
 */
@Component
@EnableConfigurationProperties({ ApiProperties.class, SiteProperties.class })
public class ApiTerms {

	private final ApiProperties api;

	private final SiteProperties site;

	private final ObjectProvider<ContentVersionLookup> version;

	public ApiTerms(ApiProperties api, SiteProperties site, ObjectProvider<ContentVersionLookup> version) {
		this.api = api;
		this.site = site;
		this.version = version;
	}

	/**
	 * The licence and citation, naming the content version when it is known.
	 * @return the terms
	 */
	public ApiMeta meta() {
		ContentVersionLookup lookup = this.version.getIfAvailable();
		return new ApiMeta(this.api.licence(),
				this.api.citation(this.site.baseUrl(), (lookup != null) ? lookup.currentVersion() : null));
	}

	/**
	 * A list with its terms.
	 * @param <T> the item type
	 * @param items the items
	 * @param apiPath the list's path below {@link ApiLinks#PREFIX}
	 * @param html the path of the list's page
	 * @return the list
	 */
	public <T> ApiList<T> list(List<T> items, String apiPath, String html) {
		return new ApiList<>(items, meta(), ApiLinks.of(apiPath, html));
	}

}
