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
@EnableConfigurationProperties(ApiProperties.class)
public class ApiTerms {

	private final ApiProperties api;

	private final PageCitations citations;

	public ApiTerms(ApiProperties api, PageCitations citations) {
		this.api = api;
		this.citations = citations;
	}

	/**
	 * The licence and the citation of the site's home page.
	 * @return the terms
	 */
	public ApiMeta meta() {
		return meta("/");
	}

	/**
	 * The licence and the citation of the page the data belongs to: its address, the
	 * content revision and the date accessed.
	 * @param html the path of the page, with its query if it has one
	 * @return the terms
	 */
	public ApiMeta meta(String html) {
		return new ApiMeta(this.api.licence(), this.citations.text(html));
	}

	/**
	 * The content revision and licence every CSV row carries.
	 * @return the terms
	 */
	public CsvTerms csv() {
		return new CsvTerms(this.citations.of("/").revision(), this.api.licence());
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
		return new ApiList<>(items, meta(html), ApiLinks.of(apiPath, html));
	}

}
