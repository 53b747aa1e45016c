package org.aicompare.search;

import java.util.List;

/**
 * The answer to one search: how many results there are and the best of them, best first.
 *
 * @param total how many documents matched
 * @param hits the best results, at most as many as asked for
 */
public record SearchResults(int total, List<SearchHit> hits) {

	/** No results. */
	static final SearchResults NONE = new SearchResults(0, List.of());

	/**
	 * Whether there are more results than are shown.
	 * @return {@code true} if some were left out
	 */
	public boolean isTruncated() {
		return this.total > this.hits.size();
	}

}
