package org.aicompare.system;

import java.util.List;
import java.util.Random;

/**
 * Hostile values for the fuzz tests, drawn from a seeded {@link Random} so that a failing
 * run can be repeated exactly: random, oversized, Unicode, control-character,
 * path-traversal, SQL, HTML, script and malformed values, alone or glued together.
 */
final class HostilePayloads {

	/**
	 * What must never appear in a page as it was sent: each is markup that one of the
	 * payloads carries, so finding it means some input was printed unescaped.
	 */
	static final List<String> UNESCAPED_MARKERS = List.of("<zqx", "<script>alert", "<img src=x", "<svg onload",
			"<iframe src=", "onfocus=\"alert", "onmouseover='alert", "</script><script>");

	/** What only a leaked stack trace, exception or SQL error would show. */
	static final List<String> LEAKS = List.of("Exception", "org.springframework", "org.hibernate", "java.lang",
			"jakarta.", "\tat ", "SQLState", "SQL [", "JDBC", "Whitelabel", "Tomcat", "Caused by");

	private static final List<String> TRAVERSAL = List.of("../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd", "/etc/passwd%00.html", "file:///etc/passwd",
			"classpath:application.properties", "WEB-INF/web.xml", "..;/admin/comments", "/./admin/comments",
			"%252e%252e%252f", "..%c0%af..%c0%afetc/passwd", "\\\\evil.example\\share");

	private static final List<String> SQL = List.of("' OR '1'='1", "1' OR 1=1--", "'; DROP TABLE comment; --",
			"1 UNION SELECT username, password FROM users--", "\" OR \"\"=\"", "%' AND 1=0 UNION ALL SELECT NULL--",
			"1; SELECT pg_sleep(5)--", "admin'--", "') OR ('x'='x", "1 AND (SELECT COUNT(*) FROM comment) > 0",
			"'||(SELECT version())||'", "\\'; --");

	private static final List<String> HTML = List.of("\"><img src=x onerror=alert('zqx')>", "<zqx-b>bold</zqx-b>",
			"<iframe src=\"javascript:alert('zqx')\"></iframe>", "' onmouseover='alert(1)",
			"\" autofocus onfocus=\"alert(1)", "<zqx style=\"x:expression(alert(1))\">", "<!--", "]]>", "<![CDATA[",
			"&lt;zqx&gt;", "&#60;script&#62;", "<a href=\"javascript:alert(1)\">zqx</a>");

	private static final List<String> SCRIPT = List.of("<script>alert(\"zqx\")</script>",
			"</script><script>alert(1)</script>", "javascript:alert(1)", "<svg onload=alert(1)>", "{{7*7}}", "${7*7}",
			"#{7*7}", "__${7*7}__::x", "*{7*7}", "${jndi:ldap://127.0.0.1/a}", "\"};alert(1);//",
			"<script src=//evil.example/x.js></script>");

	private static final List<String> UNICODE = List.of("Zoë Ünïcödé", "日本語のコメント", "مرحبا بالعالم", "\u202Egnp.exe",
			"\uFEFFbom", "e\u0301\u0301\u0301", "\uD83D\uDE00\uD83D\uDC4D", "\uD800", "\uDC00lone", "\u0000nul",
			"\uFFFF\uFFFE", "\u200B\u200C\u200D", "İıſK", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u2028\u2029", "Ａｄｍｉｎ");

	private static final List<String> ODD = List.of("", " ", "-1", "0", "2147483648", "9223372036854775808",
			"-9223372036854775809", "1e309", "NaN", "0x1F", "١٢٣", "null", "undefined", "true", "%s%s%s%n", "%00", "%",
			"%%", "\\", "{\"a\":", "[]", "x\r\nSet-Cookie: zqx=1", "x\nLocation: //evil.example", ";", ",,,", ":::",
			"speed:99", "speed:-1", "speed:3:3", "speed:", ":3", "openai,../", "hybrid;jsessionid=x");

	private final Random random;

	/**
	 * Payloads from a seed.
	 * @param seed the seed, printed with every failure
	 */
	HostilePayloads(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * The next hostile value.
	 * @return a value
	 */
	String next() {
		String value = single();
		if (this.random.nextInt(5) == 0) {
			value = value + single();
		}
		return value;
	}

	/**
	 * One of the given values, or a hostile one.
	 * @param valid values the site knows
	 * @return a valid value one time in four, else a hostile one
	 */
	String nextOr(List<String> valid) {
		return (this.random.nextInt(4) == 0) ? pick(valid) : next();
	}

	/**
	 * A yes-or-no with the given chance.
	 * @param percent the chance of yes
	 * @return whether
	 */
	boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	/**
	 * One of the values.
	 * @param <T> the type of value
	 * @param values the values
	 * @return one of them
	 */
	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private String single() {
		return switch (this.random.nextInt(10)) {
			case 0 -> randomText(1 + this.random.nextInt(40), 0x20, 0x7E);
			case 1 -> oversized();
			case 2 ->
				this.random.nextBoolean() ? pick(UNICODE) : randomText(1 + this.random.nextInt(20), 0xA0, 0x2FFFF);
			case 3 -> controlCharacters();
			case 4 -> pick(TRAVERSAL);
			case 5 -> pick(SQL);
			case 6 -> pick(HTML);
			case 7 -> pick(SCRIPT);
			default -> pick(ODD);
		};
	}

	private String oversized() {
		String unit = this.random.nextBoolean() ? "A" : pick(List.of("<zqx>", "' OR 1=1 ", "ü", "../", "\uD83D\uDE00"));
		return unit.repeat((1000 + this.random.nextInt(9000)) / unit.length());
	}

	private String controlCharacters() {
		StringBuilder text = new StringBuilder("zqx");
		int length = 1 + this.random.nextInt(12);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(3);
			text.append((char) ((kind == 0) ? this.random.nextInt(0x20)
					: (kind == 1) ? 0x7F + this.random.nextInt(0x21) : 'a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

	private String randomText(int length, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(from + this.random.nextInt(to - from + 1));
		}
		return text.toString();
	}

}
