package org.aicompare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Builds the citation of a page: the configured base URL and the page's path, the content
 * revision and today's date as the date accessed. One class owns this format; the pages'
 * "Cite this page" blocks, {@code /methodology} and the API's {@code citeAs} all use it.
 */
@Component
@EnableConfigurationProperties({ ApiProperties.class, SiteProperties.class })
public class PageCitations {

	/**
	 * The site is written in English, whatever language the reader's browser asks for.
	 */
	private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final SiteProperties site;

	private final ApiProperties api;

	private final ObjectProvider<ContentVersionLookup> version;

	private final Clock clock;

	public PageCitations(SiteProperties site, ApiProperties api, ObjectProvider<ContentVersionLookup> version,
			Clock clock) {
		this.site = site;
		this.api = api;
		this.version = version;
		this.clock = clock;
	}

	/**
	 * The citation of a page.
	 * @param path the page's path below the base URL, with its query if it has one
	 * @return the citation
	 */
	public PageCitation of(String path) {
		LocalDate today = LocalDate.now(this.clock);
		return new PageCitation(this.site.baseUrl() + path, revision(), READER_DATE.format(today), today.toString());
	}

	/**
	 * The citation of a page as one line of text, as the API's {@code citeAs} gives it.
	 * @param path the page's path below the base URL, with its query if it has one
	 * @return the citation text
	 */
	public String text(String path) {
		PageCitation citation = of(path);
		return this.api.citeAs()
			.replace("{url}", this.site.baseUrl())
			.replace("{page}", path)
			.replace("{version}", citation.revision())
			.replace("{accessed}", citation.accessed());
	}

	private String revision() {
		ContentVersionLookup lookup = this.version.getIfAvailable();
		String current = (lookup != null) ? lookup.currentVersion() : null;
		return (current != null) ? current : "unknown";
	}

}
