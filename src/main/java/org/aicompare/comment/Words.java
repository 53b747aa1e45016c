package org.aicompare.comment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits text into the words a comment and a page are compared by: lowercase, stop words
 * out, stemmed so that "centralised", "centralized" and "centralization" meet.
 */
final class Words {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

	private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

	// British spellings stem apart from American ones; comments come in both.
	private static final Pattern BRITISH_IS = Pattern.compile("is(e|ed|es|ing|ation|ations)$");

	private static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "after", "again", "all", "also", "am",
			"an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "both", "but", "by", "can", "could",
			"did", "do", "does", "doing", "each", "even", "ever", "every", "few", "for", "from", "further", "had",
			"has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'm", "i’m", "i've",
			"i’ve", "if", "in", "indeed", "into", "is", "it", "it's", "it’s", "its", "just", "me", "more", "most", "my",
			"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over",
			"own", "quite", "really", "same", "she", "should", "so", "some", "something", "such", "than", "that", "the",
			"their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "truly",
			"under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
			"whom", "why", "will", "with", "would", "yet", "you", "your", "yours", "vs", "versus");

	private Words() {
	}

	/**
	 * The significant words of a text, in order, stemmed, repeats kept.
	 * @param text any text
	 * @return the stems of its words that are not stop words
	 */
	static List<String> significantList(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			String word = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
			if (!STOP_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
	}

	/**
	 * The significant words of a text, stemmed, each once.
	 * @param text any text
	 * @return the stems of its words that are not stop words
	 */
	static Set<String> significant(String text) {
		return new LinkedHashSet<>(significantList(text));
	}

	static String stem(String word) {
		EnglishStemmer stemmer = new EnglishStemmer();
		stemmer.setCurrent(BRITISH_IS.matcher(word).replaceFirst("iz$1"));
		stemmer.stem();
		return stemmer.getCurrent();
	}

}
