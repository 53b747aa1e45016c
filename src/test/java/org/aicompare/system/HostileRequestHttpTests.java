package org.aicompare.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: requests too long, too large or not UTF-8, and requests
 * Tomcat refuses before Spring sees them, get a 4xx that names no server software and
 * shows no stack trace; HSTS follows a trusted proxy's {@code X-Forwarded-Proto}. Sent
 * over raw sockets, so that nothing on the client side repairs the request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileRequestHttpTests {

	@LocalServerPort
	private int port;

	@Test
	void refusesAnOverLongUrlWithoutNamingTheServer() throws IOException {
		Answer answer = send("GET /search?q=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(answer.status()).isIn(400, 414);
		assertNoBanner(answer);
	}

	@Test
	void refusesOverLargeHeadersWithoutNamingTheServer() throws IOException {
		Answer answer = send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(70_000) + "\r\n\r\n");
		assertThat(answer.status()).isIn(400, 431);
		assertNoBanner(answer);
	}

	@Test
	void refusesAnOverLargeCommentPostWithTheSitesOwnPage() throws IOException {
		String body = "name=Zoe&text=" + "c".repeat(200_000);
		Answer answer = send("POST /articles/what-is-centralized-ai/comments HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ body.length() + "\r\n\r\n" + body);
		assertThat(answer.status()).isEqualTo(413);
		assertNoBanner(answer);
		assertThat(answer.body()).contains("| aicompare</title>");
		assertThat(answer.header("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	@Test
	void refusesInvalidUtf8InAQueryWithTheSitesOwnPage() throws IOException {
		Answer answer = send("GET /search?q=%C3%28%FF HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertNoBanner(answer);
		assertThat(answer.body()).contains("| aicompare</title>");
	}

	@Test
	void refusesInvalidUtf8InAnApiQueryWithoutAServerError() throws IOException {
		Answer answer = send("GET /api/v1/projects?priority=%C3%28 HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertNoBanner(answer);
	}

	@Test
	void refusesInvalidUtf8InAPathWithoutNamingTheServer() throws IOException {
		Answer answer = send("GET /articles/%FF%FE HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertNoBanner(answer);
	}

	@Test
	void refusesAMalformedRequestLineWithoutNamingTheServer() throws IOException {
		Answer answer = send("GET /\u0001<script> HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertNoBanner(answer);
	}

	@Test
	void refusesAnEncodedTraversalWithoutNamingTheServer() throws IOException {
		Answer answer = send("GET /articles/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertNoBanner(answer);
		assertThat(answer.body()).doesNotContain("root:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%", "/%zz", "/..%2f..%2fetc/passwd", "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd" })
	void givesRequestsTomcatRefusesTheSitesMinimalPageWithItsSecurityHeaders(String path) throws IOException {
		Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertSitesOwnRefusal(answer);
	}

	@Test
	void givesAnOverLargeHeaderTheSitesMinimalPageWithItsSecurityHeaders() throws IOException {
		Answer answer = send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "d".repeat(17 * 1024) + "\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertSitesOwnRefusal(answer);
	}

	private static void assertSitesOwnRefusal(Answer answer) {
		assertNoBanner(answer);
		assertThat(answer.body()).contains("| aicompare</title>").contains("<a href=\"/\">");
		assertThat(answer.header("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
		assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
		assertThat(answer.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("permissions-policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
		assertThat(answer.header("cross-origin-opener-policy")).isEqualTo("same-origin");
		assertThat(answer.header("cross-origin-resource-policy")).isEqualTo("same-origin");
	}

	@Test
	void sendsHstsOnlyWhenATrustedProxySaysTheReaderUsedHttps() throws IOException {
		Answer plain = send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.header("strict-transport-security")).isNull();
		Answer proxied = send("GET / HTTP/1.1\r\nHost: aicompare.example\r\nX-Forwarded-Proto: https\r\n\r\n");
		assertThat(proxied.status()).isEqualTo(200);
		assertThat(proxied.header("strict-transport-security")).isEqualTo("max-age=31536000");
	}

	private static void assertNoBanner(Answer answer) {
		assertThat(answer.header("server")).isNull();
		assertThat(answer.header("x-powered-by")).isNull();
		assertThat(answer.body()).doesNotContainIgnoringCase("tomcat")
			.doesNotContainIgnoringCase("apache")
			.doesNotContain(HostilePayloads.LEAKS);
	}

	private Answer send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read all of a request
				// it refuses; its answer is still there to read.
			}
			return Answer.read(socket.getInputStream());
		}
	}

	/**
	 * What came back: the status line, the headers and the body, as text.
	 */
	record Answer(int status, String head, String body) {

		static Answer read(InputStream in) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				in.transferTo(bytes);
			}
			catch (IOException ex) {
				// A reset after the answer: keep what arrived.
			}
			String text = bytes.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String head = (split < 0) ? text : text.substring(0, split);
			String body = (split < 0) ? "" : text.substring(split + 4);
			int status = Integer.parseInt(head.substring(9, 12));
			return new Answer(status, head, body);
		}

		String header(String name) {
			return head().lines()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
				.map((line) -> line.substring(name.length() + 1).trim())
				.findFirst()
				.orElse(null);
		}

	}

}
