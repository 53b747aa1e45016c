package org.aicompare.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the source text into numbered passages: one per heading, paragraph, list item,
 * table row and comment. Only one typesetting repair happens here, because it changes
 * where a passage ends: a line that starts with a comma continues the line before it.
 * Every other repair is content and lives in the content files.
 */
public final class SourceTextParser {

	static final String JOINED_LINE_NOTE = "The source breaks this sentence before a comma; the two lines are shown joined.";

	private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d+\\.\\s+\\S.*");

	private static final Pattern TABLE_RULE = Pattern.compile("\\|[-|\\s:]+\\|");

	private static final String SENTENCE_ENDINGS = ".:;,!\"”";

	private SourceTextParser() {
	}

	/**
	 * Parse the whole source text.
	 * @param text the source text, as published
	 * @return its passages, numbered from 1 in reading order
	 */
	public static List<SourcePassage> parse(String text) {
		List<SourcePassage> passages = new ArrayList<>();
		boolean inComments = false;
		boolean blankSeen = false;
		String section = null;
		for (String rawLine : text.split("\\R", -1)) {
			String line = rawLine.strip();
			if (line.isEmpty()) {
				blankSeen = !passages.isEmpty();
				continue;
			}
			// The article has no blank lines; the gap after it opens the comment thread.
			inComments = inComments || blankSeen;
			if (line.startsWith(",") && !passages.isEmpty()) {
				SourcePassage previous = passages.remove(passages.size() - 1);
				passages.add(previous.joinedWith(rawLine, JOINED_LINE_NOTE));
				continue;
			}
			if (TABLE_RULE.matcher(line).matches()) {
				continue;
			}
			PassageKind kind = inComments ? PassageKind.COMMENT : kindOf(line);
			String display = (kind == PassageKind.LIST_ITEM) ? line.substring(2).strip() : line;
			if (kind == PassageKind.HEADING) {
				section = display;
			}
			passages.add(new SourcePassage(passages.size() + 1, kind, display, rawLine, null,
					inComments ? "Comments" : section));
		}
		return passages;
	}

	static PassageKind kindOf(String line) {
		if (line.startsWith("- ")) {
			return PassageKind.LIST_ITEM;
		}
		if (line.startsWith("|")) {
			return PassageKind.TABLE_ROW;
		}
		return looksLikeHeading(line) ? PassageKind.HEADING : PassageKind.PARAGRAPH;
	}

	/**
	 * A heading is a numbered point title, or a short line in title case that does not
	 * end like a sentence ("What Is Centralized AI?" is a heading, "The most likely
	 * outcome?" is not).
	 */
	private static boolean looksLikeHeading(String line) {
		if (NUMBERED_HEADING.matcher(line).matches()) {
			return true;
		}
		if (SENTENCE_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0) {
			return false;
		}
		for (String word : line.split("\\s+")) {
			if (word.length() > 3 && Character.isLowerCase(word.charAt(0))) {
				return false;
			}
		}
		return true;
	}

}
