package org.aicompare.comment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the marks of a comment generated from a template and sent unfilled: placeholders
 * such as "[Product/Tool]", "{{name}}" or "%NAME%", and spintax such as
 * "{great|awesome|nice}".
 */
final class UnfilledTemplateRule {

	// "[1]", "[sic]", "[...]" and "[edit: typo]" are what people write; a placeholder is
	// a
	// short name starting with a capital, joined by "/" or "_", or a well-known slot
	// name.
	private static final Pattern BRACKETS = Pattern.compile("\\[([\\p{L}][\\p{L}\\p{N} /_&.-]{0,39})\\](?!\\()");

	private static final Set<String> SLOT_NAMES = Set.of("name", "product", "tool", "keyword", "link", "url", "website",
			"company", "brand", "topic", "city", "email");

	private static final List<Pattern> PLACEHOLDERS = List.of(Pattern.compile("\\{\\{[^{}\\n]{1,40}\\}\\}"),
			Pattern.compile("\\{[\\p{L}_][\\p{L}\\p{N}_]{0,30}\\}"), Pattern.compile("%[A-Za-z][A-Za-z_]{2,30}%"),
			Pattern.compile("\\{[^{}|\\n]{1,60}(?:\\|[^{}|\\n]{0,60})+\\}"));

	private UnfilledTemplateRule() {
	}

	/**
	 * Whether a comment still holds a template's placeholder or spintax.
	 * @param text the normalised comment
	 * @return {@code true} if it does
	 */
	static boolean unfilled(String text) {
		Matcher brackets = BRACKETS.matcher(text);
		while (brackets.find()) {
			if (isPlaceholder(brackets.group(1).strip())) {
				return true;
			}
		}
		return PLACEHOLDERS.stream().anyMatch((pattern) -> pattern.matcher(text).find());
	}

	private static boolean isPlaceholder(String inside) {
		return Character.isUpperCase(inside.codePointAt(0)) || inside.contains("/") || inside.contains("_")
				|| SLOT_NAMES.contains(inside.toLowerCase(Locale.ROOT));
	}

}
