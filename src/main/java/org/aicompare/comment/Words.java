package org.aicompare.comment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

import org.aicompare.text.EnglishTextAnalyzer;

/**
 * Splits text into the words a comment and a page are compared by, with the site's one
 * English analysis: lowercase, stop words out, stemmed so that "centralised",
 * "centralized" and "centralization" meet. A comment's stop words are more than a search
 * query's: the pronouns and fillers of praise name nothing on a page.
 */
final class Words {

	private static final EnglishTextAnalyzer ANALYZER = new EnglishTextAnalyzer(new CharArraySet(List.of("a", "about",
			"above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
			"before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "each", "even",
			"ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
			"hers", "him", "his", "how", "i", "i'm", "i’m", "i've", "i’ve", "if", "in", "indeed", "into", "is", "it",
			"it's", "it’s", "its", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on",
			"once", "only", "or", "other", "our", "ours", "out", "over", "own", "quite", "really", "same", "she",
			"should", "so", "some", "something", "such", "than", "that", "the", "their", "them", "then", "there",
			"these", "they", "this", "those", "through", "to", "too", "truly", "under", "until", "up", "very", "was",
			"we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
			"yet", "you", "your", "yours", "vs", "versus"), false));

	private Words() {
	}

	/**
	 * The significant words of a text, in order, stemmed, repeats kept.
	 * @param text any text
	 * @return the stems of its words that are not stop words
	 */
	static List<String> significantList(String text) {
		return ANALYZER.terms(text);
	}

	/**
	 * The significant words of a text, stemmed, each once.
	 * @param text any text
	 * @return the stems of its words that are not stop words
	 */
	static Set<String> significant(String text) {
		return new LinkedHashSet<>(significantList(text));
	}

}
