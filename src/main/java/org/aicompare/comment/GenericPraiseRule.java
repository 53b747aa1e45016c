package org.aicompare.comment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises praise that could be posted under any page ("Great post, thanks!", "Very
 * informative article"): short, made mostly of praise words, and naming nothing on the
 * page it is posted on.
 */
final class GenericPraiseRule {

	/** Longer comments say enough to judge on their own. */
	static final int MAX_WORDS = 20;

	/** The share of a comment's significant words that must be praise. */
	static final double MIN_PRAISE_SHARE = 0.6;

	private static final Set<String> PRAISE = Stream
		.of("great", "good", "nice", "awesome", "amazing", "excellent", "fantastic", "wonderful", "brilliant", "superb",
				"outstanding", "incredible", "impressive", "informative", "helpful", "useful", "insightful",
				"interesting", "fascinating", "exciting", "valuable", "detailed", "thorough", "quality", "well",
				"written", "write", "writeup", "thanks", "thank", "thx", "ty", "appreciate", "love", "like", "enjoy",
				"read", "post", "article", "blog", "content", "piece", "work", "job", "share", "keep", "analysis",
				"insight", "information", "info", "site", "website", "page", "topic", "stuff", "point", "learn",
				"found", "bookmark", "cool", "perfect", "clear", "explain", "explanation", "glad", "wow", "agree",
				"much", "lot", "lots", "please", "waiting", "forward", "look", "recommend", "everyone", "friend",
				"beautiful", "best", "overview", "review", "summary", "guide", "author", "admin", "today", "definitely",
				"super", "totally", "many", "man", "bro", "sir", "dear", "nicely", "greatly", "highly")
		.flatMap((word) -> Words.significantList(word).stream())
		.collect(Collectors.toUnmodifiableSet());

	private GenericPraiseRule() {
	}

	/**
	 * Whether a comment is praise that names nothing on its page.
	 * @param text the normalised comment
	 * @param page the page it is posted on
	 * @return {@code true} for generic praise
	 */
	static boolean matches(String text, PageTerms page) {
		List<String> words = Words.significantList(text);
		if (words.isEmpty() || words.size() > MAX_WORDS) {
			return false;
		}
		long praise = words.stream().filter(PRAISE::contains).count();
		if (praise < MIN_PRAISE_SHARE * words.size()) {
			return false;
		}
		// Praise words on the page ("Article", "Analysis") name nothing in particular.
		Set<String> pageWords = page.words();
		return words.stream().filter((word) -> !PRAISE.contains(word)).noneMatch(pageWords::contains);
	}

}
