package org.aicompare.comment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the links in a comment: web addresses with a scheme, hosts starting with "www."
 * and bare domains such as "example.com", each once.
 */
final class LinkCountRule {

	private static final Pattern WITH_SCHEME = Pattern.compile("(?i)\\bhttps?://\\S+");

	private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.\\S+");

	// Top-level domains that are also common words ("it", "in", "to", "me", "us") are
	// left
	// out: a missing space after a full stop must not make a link.
	private static final Pattern BARE_DOMAIN = Pattern
		.compile("(?i)(?<![\\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
				+ "(?:com|net|org|io|ai|co|info|biz|xyz|app|dev|online|site|shop|store|top|club|tech|ly|gg|tv|cc"
				+ "|eu|uk|de|fr|nl|ru|cn|pl|br|jp|ca|au|news|blog|link|click|live|pro|vip|win|loan))(?![\\w-])(?:/\\S*)?");

	private LinkCountRule() {
	}

	/**
	 * How many links a comment carries.
	 * @param text the normalised comment
	 * @param page the page it is posted on, whose own names are not links
	 * @return the number of links
	 */
	static int count(String text, PageTerms page) {
		int count = 0;
		String rest = text;
		for (Pattern pattern : List.of(WITH_SCHEME, WWW)) {
			Matcher matcher = pattern.matcher(rest);
			while (matcher.find()) {
				count++;
			}
			// Counted once: a URL's host must not be counted again as a bare domain.
			rest = matcher.replaceAll(" ");
		}
		Matcher bare = BARE_DOMAIN.matcher(rest);
		while (bare.find()) {
			if (!page.names(bare.group(1))) {
				count++;
			}
		}
		return count;
	}

}
