package org.aicompare.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed percent-encoding (bytes that are not UTF-8, overlong forms, a lone byte) in
 * every parameter of every page, download and API resource, and in the comment and
 * sign-in forms, is the client's fault: a 400 in the answer, a 4xx in the request
 * metrics, and no error or stack trace in the log. Sent through a real server, because
 * Tomcat reads the parameters, not Spring.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedEncodingTests {

	private static final List<String> MALFORMED = List.of("%C0%AF", "%FF", "%C3%28", "%E2%82", "%ED%A0%80");

	private static final List<String> QUERIES = List.of("/search?q=", "/advisor?priority=", "/advisor/print?priority=",
			"/advisor.json?priority=", "/advisor.csv?priority=", "/compare?priority=", "/compare?model=",
			"/projects?model=", "/projects?sort=", "/projects?priority=", "/projects?slugs=",
			"/projects/compare?slugs=", "/api/v1/advice?priority=", "/api/v1/projects?model=",
			"/api/v1/projects?priority=", "/api/v1/articles/what-is-centralized-ai?page=");

	private static final List<String> FORMS = List.of("/articles/what-is-centralized-ai/comments",
			"/projects/openai/comments", "/admin/login");

	private static final List<String> FORM_BODIES = List.of("name=", "text=", "username=", "token=");

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersMalformedEncodingWithA400CountsItAsAClientErrorAndLogsNoError(CapturedOutput output) throws Exception {
		long serverErrorsBefore = serverErrors();
		List<String> wrong = new ArrayList<>();
		for (String bad : MALFORMED) {
			for (String query : QUERIES) {
				check(wrong, "GET " + query + bad, get(query + bad));
			}
			for (String form : FORMS) {
				for (String field : FORM_BODIES) {
					check(wrong, "POST " + form + " " + field + bad, post(form, field + bad + "&other=1"));
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(serverErrors()).as("requests counted as server errors").isEqualTo(serverErrorsBefore);
		assertThat(output.getAll()).doesNotContain(" ERROR ")
			.doesNotContain("MalformedInputException")
			.doesNotContain("InvalidParameterException");
	}

	@Test
	void showsThePagesOwnExplanationForUnreadableParameters() throws Exception {
		HttpResponse<String> page = get("/search?q=%C0%AF");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("content-type"))
			.hasValueSatisfying((type) -> type.startsWith("text/html"));
		assertThat(page.body()).contains("| aicompare</title>").contains("valid UTF-8");
	}

	private static void check(List<String> wrong, String request, HttpResponse<String> answer) {
		if (answer.statusCode() != 400) {
			wrong.add(request + " -> " + answer.statusCode());
		}
	}

	private long serverErrors() {
		return this.meters.find("http.server.requests")
			.timers()
			.stream()
			.filter((timer) -> String.valueOf(timer.getId().getTag("status")).startsWith("5")
					|| "SERVER_ERROR".equals(timer.getId().getTag("outcome")))
			.mapToLong(Timer::count)
			.sum();
	}

	private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		// Pages as a browser asks for them; downloads and the API as a program does.
		String accept = (pathAndQuery.startsWith("/api/") || pathAndQuery.contains(".")) ? "*/*" : "text/html";
		return this.http.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

}
