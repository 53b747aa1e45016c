package org.aicompare.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The site's one English analysis, for the search index, readers' queries and comment
 * screening alike: lower case, no stop words, Porter stems. British spellings are turned
 * American before stemming, because the source writes "decentralized" and "organization"
 * while the site and many readers write "decentralised" and "organisation".
 */
public final class EnglishTextAnalyzer extends Analyzer {

	// Three letters at least before "is", so "rise" and "raise" stay as they are.
	private static final Pattern BRITISH_ISE = Pattern.compile("^(\\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$");

	private static final String FIELD = "text";

	private final CharArraySet stopWords;

	/**
	 * An analyser that leaves out Lucene's English stop words.
	 */
	public EnglishTextAnalyzer() {
		this(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
	}

	/**
	 * An analyser that leaves out the given words.
	 * @param stopWords the words to leave out, in lower case
	 */
	public EnglishTextAnalyzer(CharArraySet stopWords) {
		this.stopWords = CharArraySet.unmodifiableSet(stopWords);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream result = new EnglishPossessiveFilter(source);
		result = new LowerCaseFilter(result);
		result = new StopFilter(result, this.stopWords);
		result = new PatternReplaceFilter(result, BRITISH_ISE, "$1iz$2", false);
		result = new PorterStemFilter(result);
		return new TokenStreamComponents(source, result);
	}

	/**
	 * The terms of a text as the analysis sees them, with where each stands in the text.
	 * @param text any text
	 * @return its tokens in order
	 */
	public List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = tokenStream(FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			// Only a failing Reader throws, and the text is a String.
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * The terms of a text, in order, repeats kept.
	 * @param text any text
	 * @return its analysed words
	 */
	public List<String> terms(String text) {
		return tokens(text).stream().map(Token::term).toList();
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	/**
	 * One analysed word of a text.
	 *
	 * @param term the word as analysed: lower case, stemmed
	 * @param start where the word starts in the text
	 * @param end where it ends
	 */
	public record Token(String term, int start, int end) {
	}

}
