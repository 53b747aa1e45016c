package org.aicompare.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import org.aicompare.text.EnglishTextAnalyzer;

/**
 * A reader's query as the index understands it: the analysed words, never Lucene's query
 * syntax, so "AND (", "*" or a lone quote are just text. Every word is required, so each
 * word narrows the search; words in double quotes are required as a phrase, in that
 * order. Each word matches its own stem and, less strongly, longer words starting with
 * it: Porter stems "owning" to "own" but leaves "ownership" whole, and a reader who types
 * "owning" wants both.
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

	/** A phrase in double quotes; a quote left open is just text. */
	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

	private final EnglishTextAnalyzer analyzer;

	private final List<Part> parts;

	private final List<String> terms;

	private SearchQuery(EnglishTextAnalyzer analyzer, List<Part> parts) {
		this.analyzer = analyzer;
		this.parts = parts;
		Set<String> terms = new LinkedHashSet<>();
		parts.forEach((part) -> terms.addAll(part.terms()));
		this.terms = List.copyOf(terms);
	}

	/**
	 * Analyse a reader's query.
	 * @param analyzer the analyzer the index was built with
	 * @param text the query as typed
	 * @return the query, possibly with no terms
	 */
	static SearchQuery parse(EnglishTextAnalyzer analyzer, String text) {
		List<Part> parts = new ArrayList<>();
		Set<String> single = new LinkedHashSet<>();
		int[] count = { 0 };
		Matcher phrase = PHRASE.matcher(text);
		int from = 0;
		while (phrase.find()) {
			words(analyzer, text.substring(from, phrase.start()), parts, single, count);
			List<String> terms = analyzer.tokens(phrase.group(1))
				.stream()
				.map(EnglishTextAnalyzer.Token::term)
				.toList();
			if (terms.size() == 1) {
				words(analyzer, phrase.group(1), parts, single, count);
			}
			else if (terms.size() > 1 && count[0] + terms.size() <= MAX_TERMS) {
				parts.add(new Part("\"" + phrase.group(1).strip() + "\"", terms));
				count[0] += terms.size();
			}
			from = phrase.end();
		}
		words(analyzer, text.substring(from), parts, single, count);
		return new SearchQuery(analyzer, List.copyOf(parts));
	}

	private static void words(EnglishTextAnalyzer analyzer, String text, List<Part> parts, Set<String> single,
			int[] count) {
		for (EnglishTextAnalyzer.Token token : analyzer.tokens(text)) {
			if (count[0] == MAX_TERMS) {
				return;
			}
			if (single.add(token.term())) {
				parts.add(new Part(text.substring(token.start(), token.end()), List.of(token.term())));
				count[0]++;
			}
		}
	}

	List<String> terms() {
		return this.terms;
	}

	/**
	 * The required parts of this query, each a word or a quoted phrase.
	 * @return the parts, in the order typed
	 */
	List<Part> parts() {
		return this.parts;
	}

	/**
	 * The query made of one of its parts alone, to tell a reader what each finds when all
	 * together find nothing.
	 * @param part one of this query's parts
	 * @return the query of that part
	 */
	SearchQuery only(Part part) {
		return new SearchQuery(this.analyzer, List.of(part));
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
	 * The Lucene query: every part must match, in the title or the text; matches in
	 * titles, and whole words rather than longer words they start, rank higher.
	 * @return the query
	 */
	Query toLucene() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Part part : this.parts) {
			query.add(part.isPhrase() ? phraseQuery(part) : termQuery(part.terms().get(0)), Occur.MUST);
		}
		return query.build();
	}

	private Query phraseQuery(Part part) {
		// Lucene's QueryBuilder keeps the gaps stop words leave, as the index does.
		QueryBuilder builder = new QueryBuilder(this.analyzer);
		String words = part.text().substring(1, part.text().length() - 1);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new BoostQuery(builder.createPhraseQuery(TITLE, words), TITLE_BOOST), Occur.SHOULD);
		query.add(builder.createPhraseQuery(BODY, words), Occur.SHOULD);
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

	/**
	 * One required part of a query.
	 *
	 * @param text the part as the reader typed it, a phrase with its quotes
	 * @param terms its analysed words, in order
	 */
	record Part(String text, List<String> terms) {

		boolean isPhrase() {
			return this.terms.size() > 1;
		}

	}

}
