package org.aicompare.system;

import java.util.Locale;

/**
 * The forms a kept page is sent in, and which one a client gets: the one it accepts with
 * the highest {@code q} value in its {@code Accept-Encoding}, Brotli before gzip when
 * they tie (it is smaller), and the page as it is when it accepts neither. {@code *}
 * stands for every coding the header does not name; {@code q=0} refuses one.
 */
enum ContentCoding {

	/** The page as rendered. */
	IDENTITY(null),

	/** gzip. */
	GZIP("gzip"),

	/** Brotli. */
	BR("br");

	private final String token;

	ContentCoding(String token) {
		this.token = token;
	}

	/**
	 * The {@code Content-Encoding} it is sent with.
	 * @return the token, or {@code null} for the page as it is
	 */
	String token() {
		return this.token;
	}

	/**
	 * What the page's entity tag carries to tell this form from the others.
	 * @return empty for the page as it is, else a dash and the token
	 */
	String tagSuffix() {
		return (this.token != null) ? "-" + this.token : "";
	}

	/**
	 * The form to send a client.
	 * @param acceptEncoding the client's {@code Accept-Encoding}, or {@code null}
	 * @param brotli whether Brotli can be made on this machine
	 * @return the form
	 */
	static ContentCoding choose(String acceptEncoding, boolean brotli) {
		if (acceptEncoding == null || acceptEncoding.isBlank()) {
			return IDENTITY;
		}
		double gzip = weight(acceptEncoding, GZIP.token);
		double br = brotli ? weight(acceptEncoding, BR.token) : 0;
		if (br > 0 && br >= gzip) {
			return BR;
		}
		return (gzip > 0) ? GZIP : IDENTITY;
	}

	/**
	 * The {@code q} value a header gives a coding: its own, else that of {@code *}, else
	 * 0.
	 */
	private static double weight(String acceptEncoding, String token) {
		double any = 0;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip().toLowerCase(Locale.ROOT);
			double q = quality(parts);
			if (name.equals(token)) {
				return q;
			}
			if (name.equals("*")) {
				any = q;
			}
		}
		return any;
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				String value = parameter.substring(2).strip();
				// RFC 9110: 0 to 1 with at most three decimals; anything else refuses.
				return value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)") ? Double.parseDouble(value) : 0;
			}
		}
		return 1;
	}

}
