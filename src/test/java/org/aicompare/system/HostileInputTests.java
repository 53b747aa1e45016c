package org.aicompare.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A seeded, repeatable fuzz test: 10,000 requests with random, oversized, Unicode,
 * control-character, path-traversal, SQL, HTML and script values in every query
 * parameter, path variable and form field of the site, the API and the moderation area.
 * No answer is a server error, leaks a stack trace, an exception or SQL, or prints what
 * was sent unescaped; every answer carries the content security policy. Each test rolls
 * back what it wrote. A failure names the seed and the request, so it can be repeated.
 */
@SpringBootTest(properties = { "aicompare.moderator.username=editor",
		"aicompare.moderator.password-hash=" + SecurityConfigurationTests.HASH })
@AutoConfigureMockMvc
@Transactional
class HostileInputTests {

	static final long SEED = 20261125L;

	private static final List<String> ARTICLES = List.of("what-is-centralized-ai", "decentralized-vs-centralized-ai");

	private static final List<String> PROJECTS = List.of("openai", "google-deepmind", "bittensor");

	private static final List<String> MODELS = List.of("centralized", "decentralized", "hybrid");

	private static final List<String> PRIORITIES = List.of("speed", "reliability:3", "enterprise-support:2");

	private static final List<String> STATUSES = List.of("pending", "spam", "published", "rejected");

	private static final List<String> ACTIONS = List.of("approve", "reject", "spam", "not-spam", "delete");

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final List<Target> READER_PAGES = List.of(Target.get("/"), Target.get("/search", "q"),
			Target.get("/compare", "models", "priority"), Target.get("/models/{slug}").slugs(MODELS),
			Target.get("/advisor", "priority", "weight-speed"), Target.get("/advisor/print", "priority"),
			Target.get("/advisor.json", "priority"), Target.get("/advisor.csv", "priority"),
			Target.get("/advisor/guide", "priority", "answer", "again", "change"),
			Target.get("/advisor/guide/start", "priority"), Target.get("/projects", "model", "sort", "priority"),
			Target.get("/projects/{slug}").slugs(PROJECTS), Target.get("/projects/compare", "slugs"),
			Target.get("/articles"), Target.get("/articles/{slug}").slugs(ARTICLES), Target.get("/sources"),
			Target.get("/methodology"), Target.get("/compare.csv"), Target.get("/projects.csv"),
			Target.get("/feed.atom"), Target.get("/sitemap.xml"), Target.get("/robots.txt"),
			Target.get("/articles/{slug}/comments/new").slugs(ARTICLES),
			Target.get("/projects/{slug}/comments/new").slugs(PROJECTS),
			Target.get("/articles/{slug}/comments/received", "published").slugs(ARTICLES),
			Target.get("/projects/{slug}/comments/received", "published").slugs(PROJECTS), Target.get("/{slug}"),
			Target.get("/admin/login", "error", "logout"));

	private static final List<Target> API = List.of(Target.get("/api/v1"), Target.get("/api/v1/models"),
			Target.get("/api/v1/models/{slug}").slugs(MODELS), Target.get("/api/v1/dimensions"),
			Target.get("/api/v1/articles"), Target.get("/api/v1/articles/{slug}", "page", "size").slugs(ARTICLES),
			Target.get("/api/v1/projects", "model", "priority"), Target.get("/api/v1/projects/{slug}").slugs(PROJECTS),
			Target.get("/api/v1/priorities"), Target.get("/api/v1/advice", "priority"),
			Target.get("/api/v1/advice/guide", "priority", "answer"),
			Target.get("/api/v1/sources/passages/{slug}").slugs(List.of("1", "6", "244")), Target.get("/api/v1/{slug}"),
			Target.get("/v3/api-docs"));

	private static final List<Target> COMMENT_FORMS = List.of(
			Target.post("/articles/{slug}/comments", "name", "email", "text", "website", "token").slugs(ARTICLES),
			Target.post("/projects/{slug}/comments", "name", "email", "text", "website", "token").slugs(PROJECTS));

	private static final List<Target> MODERATION = List.of(Target.get("/admin/comments", "status"),
			Target.get("/admin/audit"), Target.post("/admin/comments/{id}/{action}", "status"),
			Target.post("/admin/comments/{id}/reply", "name", "text", "status"),
			Target.post("/admin/comments/bulk", "ids", "action", "status"));

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Test
	void readerPagesSurviveHostileParametersAndPaths() throws Exception {
		assertThat(fuzz(READER_PAGES, 4000, SEED, false)).isEqualTo(4000);
	}

	@Test
	void apiSurvivesHostileParametersAndPaths() throws Exception {
		assertThat(fuzz(API, 2500, SEED + 1, false)).isEqualTo(2500);
	}

	@Test
	void commentFormsSurviveHostileFields() throws Exception {
		assertThat(fuzz(COMMENT_FORMS, 2000, SEED + 2, false)).isEqualTo(2000);
	}

	@Test
	void moderationAreaSurvivesHostileInputFromASignedInModerator() throws Exception {
		assertThat(fuzz(MODERATION, 1500, SEED + 3, true)).isEqualTo(1500);
	}

	private int fuzz(List<Target> targets, int count, long seed, boolean moderator) throws Exception {
		HostilePayloads payloads = new HostilePayloads(seed);
		for (int i = 0; i < count; i++) {
			Target target = payloads.pick(targets);
			List<String> sent = new ArrayList<>();
			String path = target.path(payloads, sent);
			StringBuilder query = new StringBuilder();
			MockHttpServletRequestBuilder request;
			if (target.method() == HttpMethod.GET) {
				target.parameters().forEach((name) -> {
					if (payloads.chance(80)) {
						appendQuery(query, name, value(target, name, payloads, sent));
					}
				});
				if (payloads.chance(15)) {
					appendQuery(query, record(sent, payloads.next()), record(sent, payloads.next()));
				}
				request = request(HttpMethod.GET, uri(path, query));
			}
			else {
				request = request(HttpMethod.POST, uri(path, query));
				for (String name : target.parameters()) {
					if (payloads.chance(85)) {
						request.param(name, (name.equals("token") && payloads.chance(50)) ? validToken(path)
								: value(target, name, payloads, sent));
					}
				}
				if (payloads.chance(10)) {
					request.header(HttpHeaders.ORIGIN, record(sent, payloads.next()));
				}
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
			request.accept(payloads.pick(List.of(MediaType.TEXT_HTML, MediaType.ALL, MediaType.APPLICATION_JSON)));
			if (moderator) {
				request.with(user("editor").roles(SecurityConfiguration.MODERATOR)).with(csrf());
			}
			String description = "request " + i + " of seed " + seed + ": " + target.method() + " "
					+ abbreviate(path + query);
			MockHttpServletResponse response;
			try {
				response = this.mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new AssertionError("Unhandled on " + description, ex);
			}
			check(response, sent, description);
		}
		return count;
	}

	private void check(MockHttpServletResponse response, List<String> sent, String description) throws Exception {
		assertThat(response.getStatus()).as(description).isLessThan(500);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("what %s leaks", description).doesNotContain(HostilePayloads.LEAKS);
		if (!body.isEmpty()) {
			// An empty body is a bare status (the firewall's, say): a server renders
			// its error page in a second dispatch that carries the headers.
			assertThat(response.getHeader("Content-Security-Policy")).as(description).isNotNull();
		}
		String type = String.valueOf(response.getContentType());
		if (type.contains("json")) {
			if (!body.isEmpty()) {
				try {
					this.json.readTree(body);
				}
				catch (RuntimeException ex) {
					fail("Not JSON from " + description + ": " + abbreviate(body));
				}
			}
			return;
		}
		assertThat(body).as("what %s echoes", description).doesNotContain(HostilePayloads.UNESCAPED_MARKERS);
		for (String value : sent) {
			if (value.length() >= 8 && value.contains("<")) {
				assertThat(body).as("what %s echoes", description).doesNotContain(value);
			}
		}
	}

	private String validToken(String path) throws Exception {
		MockHttpServletResponse form = this.mvc.perform(request(HttpMethod.GET, URI.create(path + "/new")))
			.andReturn()
			.getResponse();
		Matcher token = TOKEN.matcher(form.getContentAsString(StandardCharsets.UTF_8));
		return token.find() ? token.group(1) : "";
	}

	private static String value(Target target, String name, HostilePayloads payloads, List<String> sent) {
		List<String> valid = switch (name) {
			case "priority" -> PRIORITIES;
			case "model", "models" -> MODELS;
			case "slugs" -> PROJECTS;
			case "status" -> STATUSES;
			case "action" -> ACTIONS;
			case "ids", "page", "size" -> List.of("1", "2", "0");
			case "weight-speed" -> List.of("1", "2", "3");
			case "email" -> List.of("reader@example.org");
			default -> List.of("A thoughtful comment on decentralized AI and data ownership.");
		};
		return record(sent, payloads.nextOr(valid));
	}

	private static String record(List<String> sent, String value) {
		sent.add(value);
		return value;
	}

	private static void appendQuery(StringBuilder query, String name, String value) {
		query.append((query.length() == 0) ? '?' : '&')
			.append(UriUtils.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(UriUtils.encode(value, StandardCharsets.UTF_8));
	}

	private static URI uri(String path, CharSequence query) {
		return URI.create(path + query);
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

	/**
	 * An address of the site and what it reads from a request.
	 *
	 * @param method the method
	 * @param template the path, with {@code {slug}}, {@code {id}} and {@code {action}}
	 * variables
	 * @param parameters the query parameters or form fields
	 * @param slugs valid values of the path's {@code {slug}}
	 */
	record Target(HttpMethod method, String template, List<String> parameters, List<String> slugs) {

		static Target get(String template, String... parameters) {
			return new Target(HttpMethod.GET, template, List.of(parameters), List.of("x"));
		}

		static Target post(String template, String... parameters) {
			return new Target(HttpMethod.POST, template, List.of(parameters), List.of("x"));
		}

		Target slugs(List<String> valid) {
			return new Target(this.method, this.template, this.parameters, valid);
		}

		/**
		 * The path with each variable a valid value or a hostile one, encoded either
		 * completely or only where a URI must be.
		 */
		String path(HostilePayloads payloads, List<String> sent) {
			String path = this.template;
			path = replace(path, "{slug}", this.slugs, payloads, sent);
			path = replace(path, "{id}", List.of("1", "2", "3", "999999"), payloads, sent);
			return replace(path, "{action}", ACTIONS, payloads, sent);
		}

		private static String replace(String path, String variable, List<String> valid, HostilePayloads payloads,
				List<String> sent) {
			if (!path.contains(variable)) {
				return path;
			}
			String value = record(sent, payloads.nextOr(valid));
			String encoded = UriUtils.encode(value, StandardCharsets.UTF_8);
			if (payloads.chance(30)) {
				// Keep the traversal characters as they were sent, where a URI allows.
				String raw = UriUtils.encodePath(value, StandardCharsets.UTF_8).replace("%25", "%");
				if (isUri(raw)) {
					encoded = raw;
				}
			}
			return path.replace(variable, encoded);
		}

		private static boolean isUri(String path) {
			try {
				URI.create("/" + path);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
