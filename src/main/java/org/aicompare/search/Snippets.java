package org.aicompare.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import org.aicompare.text.EnglishTextAnalyzer;

/**
 * Cuts the part of a text that answers a query best and marks the words that matched. The
 * text is escaped piece by piece and only the {@code <mark>} tags are added, so the
 * result is safe to print unescaped whatever the text holds.
 */
final class Snippets {

	/** How many characters of text a snippet shows, about two lines. */
	static final int LENGTH = 240;

	/** How much text a snippet shows before its first match. */
	private static final int LEAD = 60;

	private static final String ELLIPSIS = "\u2026";

	private final EnglishTextAnalyzer analyzer;

	Snippets(EnglishTextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * A whole text with its matches marked, for titles.
	 * @param query the query
	 * @param text the text
	 * @return escaped HTML
	 */
	String highlight(SearchQuery query, String text) {
		return mark(text, 0, text.length(), matches(query, text));
	}

	/**
	 * The window of a text with the most matches, cut at words, its matches marked.
	 * @param query the query
	 * @param text the text
	 * @param length how many characters to show at most
	 * @return escaped HTML, with an ellipsis where text was left out
	 */
	String snippet(SearchQuery query, String text, int length) {
		List<EnglishTextAnalyzer.Token> matches = matches(query, text);
		int start = bestStart(matches, text.length(), length);
		int end = Math.min(text.length(), start + length);
		int firstMatch = matches.stream()
			.mapToInt(EnglishTextAnalyzer.Token::start)
			.filter((at) -> at >= start)
			.min()
			.orElse(end);
		int from = skipSeparators(text, wordStart(text, start, firstMatch), firstMatch);
		int to = wordEnd(text, from, end);
		return ((from > 0) ? ELLIPSIS : "") + mark(text, from, to, matches).strip()
				+ ((to < text.length()) ? ELLIPSIS : "");
	}

	private List<EnglishTextAnalyzer.Token> matches(SearchQuery query, String text) {
		return this.analyzer.tokens(text).stream().filter((token) -> query.matches(token.term())).toList();
	}

	private static int bestStart(List<EnglishTextAnalyzer.Token> matches, int textLength, int length) {
		int best = 0;
		int bestCount = 0;
		for (EnglishTextAnalyzer.Token anchor : matches) {
			int start = Math.max(0, Math.min(anchor.start() - LEAD, textLength - length));
			long count = matches.stream()
				.filter((match) -> match.start() >= start && match.end() <= start + length)
				.map(EnglishTextAnalyzer.Token::term)
				.distinct()
				.count();
			if (count > bestCount) {
				best = start;
				bestCount = (int) count;
			}
		}
		return best;
	}

	// Starts after a space, but never past the first match in the window.
	private static int wordStart(String text, int start, int limit) {
		int at = start;
		while (at > 0 && at < limit && !Character.isWhitespace(text.charAt(at - 1))) {
			at++;
		}
		return at;
	}

	// A snippet never opens on the dot between two passages.
	private static int skipSeparators(String text, int start, int limit) {
		int at = start;
		while (at > 0 && at < limit && (text.charAt(at) == '\u00b7' || Character.isWhitespace(text.charAt(at)))) {
			at++;
		}
		return at;
	}

	private static int wordEnd(String text, int start, int end) {
		if (end >= text.length()) {
			return text.length();
		}
		int at = end;
		while (at > start && !Character.isWhitespace(text.charAt(at))) {
			at--;
		}
		while (at > start && (text.charAt(at - 1) == '\u00b7' || Character.isWhitespace(text.charAt(at - 1)))) {
			at--;
		}
		return (at > start) ? at : end;
	}

	private static String mark(String text, int start, int end, List<EnglishTextAnalyzer.Token> matches) {
		StringBuilder html = new StringBuilder();
		int at = start;
		for (EnglishTextAnalyzer.Token match : matches) {
			if (match.start() >= at && match.end() <= end) {
				html.append(escape(text.substring(at, match.start())))
					.append("<mark>")
					.append(escape(text.substring(match.start(), match.end())))
					.append("</mark>");
				at = match.end();
			}
		}
		return html.append(escape(text.substring(at, end))).toString();
	}

	// Only what HTML needs escaped: the page is UTF-8, so typographic quotes stay
	// readable.
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
