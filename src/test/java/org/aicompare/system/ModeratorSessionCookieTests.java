package org.aicompare.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real port, through Tomcat and Spring Session: the moderator's session cookie is
 * HttpOnly and SameSite=Lax, Secure when a trusted proxy says the request came over
 * HTTPS, gets a new id at sign-in and is kept in the database; reader pages set no
 * cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "aicompare.moderator.username=editor",
		"aicompare.moderator.password-hash=" + SecurityConfigurationTests.HASH })
class ModeratorSessionCookieTests {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void signsInWithAnHttpOnlySameSiteCookieWhoseIdChanges() throws Exception {
		SignIn signIn = signIn(false);
		assertThat(signIn.before()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(signIn.after()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(value(signIn.after())).isNotEqualTo(value(signIn.before()));
		HttpResponse<String> queue = send(
				HttpRequest.newBuilder(uri("/admin/comments")).header("Cookie", nameAndValue(signIn.after())).GET());
		assertThat(queue.statusCode()).isEqualTo(200);
	}

	@Test
	void marksTheCookieSecureBehindATlsProxy() throws Exception {
		SignIn signIn = signIn(true);
		assertThat(signIn.before()).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(signIn.after()).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(signIn.location()).startsWith("https://");
	}

	@Test
	void keepsTheSignedInSessionInTheDatabase() throws Exception {
		signIn(false);
		Integer sessions = this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, "editor");
		assertThat(sessions).isPositive();
	}

	@Test
	void setsNoCookieOnReaderPages() throws Exception {
		for (String path : List.of("/", "/articles", "/compare", "/actuator/health")) {
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	private SignIn signIn(boolean overTls) throws IOException, InterruptedException {
		HttpRequest.Builder form = HttpRequest.newBuilder(uri("/admin/login")).GET();
		if (overTls) {
			form.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> page = send(form);
		assertThat(page.statusCode()).isEqualTo(200);
		String before = sessionCookie(page);
		String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
		String body = "username=editor&password=moderate-me&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", nameAndValue(before))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (overTls) {
			post.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> signedIn = send(post);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String location = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/admin/comments");
		return new SignIn(before, sessionCookie(signedIn), location);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).hasSize(1);
		assertThat(cookies.get(0)).startsWith("SESSION=");
		return cookies.get(0);
	}

	private static String nameAndValue(String setCookie) {
		return setCookie.split(";", 2)[0];
	}

	private static String value(String setCookie) {
		return nameAndValue(setCookie).split("=", 2)[1];
	}

	private record SignIn(String before, String after, String location) {
	}

}
