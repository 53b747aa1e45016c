package org.aicompare.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query as the index understands it: the analysed words, never Lucene's query
 * syntax, so "AND (", "*" or a lone quote are just text. Each word matches its own stem
 * and, less strongly, longer words starting with it: Porter stems "owning" to "own" but
 * leaves "ownership" whole, and a reader who types "owning" wants both.
 */
final class SearchQuery {

	static final String TITLE = "title";

	static final String BODY = "body";

	/** Shorter stems would match too much as prefixes ("ai" in "aid"). */
	static final int MIN_PREFIX = 3;

	/**
	 * Enough for any real query, and keeps the Boolean query far below Lucene's limit.
	 */
	static final int MAX_TERMS = 12;

	private static final float TITLE_BOOST = 3f;

	private static final float PREFIX_BOOST = 0.4f;

	private static final int PREFIX_EXPANSIONS = 16;

	private final List<String> terms;

	private SearchQuery(List<String> terms) {
		this.terms = terms;
	}

	/**
	 * Analyse a reader's query.
	 * @param analyzer the analyzer the index was built with
	 * @param text the query as typed
	 * @return the query, possibly with no terms
	 */
	static SearchQuery parse(SearchAnalyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (SearchAnalyzer.Token token : analyzer.tokens(text)) {
			if (terms.size() == MAX_TERMS) {
				break;
			}
			terms.add(token.term());
		}
		return new SearchQuery(List.copyOf(terms));
	}

	List<String> terms() {
		return this.terms;
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/**
	 * Whether an indexed word answers this query, as the Lucene query decides it; the
	 * snippets mark the same words.
	 * @param stem an analysed word of a document
	 * @return whether it matches a term
	 */
	boolean matches(String stem) {
		return this.terms.stream()
			.anyMatch((term) -> stem.equals(term) || (term.length() >= MIN_PREFIX && stem.startsWith(term)));
	}

	/**
	 * The Lucene query: any term may match, in the title or the text, so more matching
	 * words and matches in titles rank higher.
	 * @return the query
	 */
	Query toLucene() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : this.terms) {
			query.add(termQuery(term), Occur.SHOULD);
		}
		return query.build();
	}

	private static Query termQuery(String term) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
		query.add(new TermQuery(new Term(BODY, term)), Occur.SHOULD);
		if (term.length() >= MIN_PREFIX) {
			query.add(new BoostQuery(prefix(TITLE, term), TITLE_BOOST * PREFIX_BOOST), Occur.SHOULD);
			query.add(new BoostQuery(prefix(BODY, term), PREFIX_BOOST), Occur.SHOULD);
		}
		return query.build();
	}

	private static Query prefix(String field, String term) {
		return new PrefixQuery(new Term(field, term),
				new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(PREFIX_EXPANSIONS));
	}

}
