package org.aicompare.source;

import java.util.List;

import org.aicompare.web.PageLink;

/**
 * Lets each feature tell the sources page which of its statements cite which references,
 * so every reference can list the facts that rest on it. Implementations are beans, one
 * per feature.
 */
public interface ReferenceIndex {

	/**
	 * Every statement on this feature's pages that cites a reference.
	 * @return the uses, in any order
	 */
	List<Use> uses();

	/**
	 * One statement citing one reference.
	 *
	 * @param code the reference's code
	 * @param page the page the statement stands on
	 * @param text the statement
	 */
	record Use(String code, PageLink page, String text) {
	}

}
