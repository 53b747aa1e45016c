package org.aicompare.web;

import java.util.List;

/**
 * Lets a feature add links to another feature's pages without that feature knowing it:
 * the organisations a model page lists come from organisation profiles, which themselves
 * depend on the models. Implementations are beans; a page shows the sections that are not
 * empty.
 */
public interface RelatedLinks {

	/**
	 * The links this feature relates to a page.
	 * @param kind the kind of page
	 * @param slug the page's slug
	 * @return a section of links, possibly with no links
	 */
	Section relatedTo(PageKind kind, String slug);

	/**
	 * Collect the non-empty sections of all contributors for one page.
	 * @param contributors the contributing beans
	 * @param kind the kind of page
	 * @param slug the page's slug
	 * @return the sections that have links
	 */
	static List<Section> collect(List<RelatedLinks> contributors, PageKind kind, String slug) {
		return contributors.stream()
			.map((contributor) -> contributor.relatedTo(kind, slug))
			.filter((section) -> !section.links().isEmpty())
			.toList();
	}

	/**
	 * A titled list of links.
	 *
	 * @param headingKey the message key of the section's heading
	 * @param links the links
	 */
	record Section(String headingKey, List<PageLink> links) {
	}

}
