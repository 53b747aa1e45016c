package org.aicompare.source;

import java.util.List;

import org.aicompare.web.PageLink;

/**
 * Lets each feature tell the sources page which of its pages cite which passages, so
 * every passage can list the pages that rest on it. Implementations are beans, one per
 * feature.
 */
public interface CitationIndex {

	/**
	 * Every citation of a passage on this feature's pages.
	 * @return the citations, in any order
	 */
	List<Citation> citations();

	/**
	 * One page citing one passage.
	 *
	 * @param passage the passage number
	 * @param page the citing page
	 */
	record Citation(int passage, PageLink page) {
	}

}
