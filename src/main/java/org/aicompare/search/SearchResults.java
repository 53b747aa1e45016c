package org.aicompare.search;

import java.util.List;

/**
 * The answer to one search: how many results there are and the best of them, best first.
 *
 * @param total how many documents matched
 * @param hits the best results, at most as many as asked for
 * @param alternatives when several words together find nothing, what each finds alone
 */
public record SearchResults(int total, List<SearchHit> hits, List<Alternative> alternatives) {

	/** No results. */
	static final SearchResults NONE = new SearchResults(0, List.of(), List.of());

	/**
	 * Whether there are more results than are shown.
	 * @return {@code true} if some were left out
	 */
	public boolean isTruncated() {
		return this.total > this.hits.size();
	}

	/**
	 * One word or phrase of a query that found nothing as a whole, and what it finds
	 * alone.
	 *
	 * @param query the word or phrase as typed
	 * @param total how many results it finds alone
	 */
	public record Alternative(String query, int total) {
	}

}
