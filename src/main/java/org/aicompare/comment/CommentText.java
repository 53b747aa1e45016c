package org.aicompare.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain-text helpers for what readers type: the one normal form a comment is stored and
 * screened in, and a fingerprint that tells whether two comments say the same thing.
 */
public final class CommentText {

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029\\u0085]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+(?=\\n|$)");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private CommentText() {
	}

	/**
	 * The form a comment is stored and screened in: line breaks unified to {@code \n},
	 * control characters other than line breaks and tabs removed, trailing spaces on each
	 * line dropped, at most one blank line between paragraphs, and no whitespace at
	 * either end. Applying it twice changes nothing.
	 * @param text what the reader typed, possibly {@code null}
	 * @return the normalised text, empty for {@code null}
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		// Line breaks first: a lone \r is a control character and would otherwise vanish.
		String unified = LINE_BREAK.matcher(text).replaceAll("\n");
		String visible = CONTROL.matcher(unified).replaceAll("");
		String trimmedLines = TRAILING_SPACE.matcher(visible).replaceAll("");
		return BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
	}

	/**
	 * A fingerprint that is the same for two texts that differ only in letter case,
	 * whitespace or Unicode presentation (for example full-width letters), so the same
	 * comment posted twice on a page can be recognised without comparing whole texts.
	 * @param text what the reader typed, possibly {@code null}
	 * @return the SHA-256 of the canonical text, as 64 lowercase hex digits
	 */
	public static String fingerprint(String text) {
		String canonical = WHITESPACE
			.matcher(Normalizer.normalize(normalise(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
			.replaceAll(" ")
			.strip();
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether two comments say the same thing, ignoring case and whitespace.
	 * @param first one text
	 * @param second the other
	 * @return {@code true} if their fingerprints are equal
	 */
	public static boolean sameText(String first, String second) {
		return fingerprint(first).equals(fingerprint(second));
	}

}
