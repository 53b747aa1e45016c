package org.aicompare;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.content.ContentVersion;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.source.PassageRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the site twice on the default file-based H2 database: the second start keeps
 * what the first stored, including a challenge a reader sent over HTTP, and duplicates
 * nothing.
 */
class PersistenceAcrossRestartTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@Test
	void keepsContentAndReaderCommentsAcrossARestartWithoutDuplicates() throws Exception {
		Long commentId;
		Instant importedAt;
		String received;
		try (ConfigurableApplicationContext first = start()) {
			received = challenge(first);
			commentId = first.getBean(CommentRepository.class)
				.save(new Comment(CommentTarget.PROJECT, "bittensor", null, "Grace", null, "Stored before the restart.",
						CommentStatus.PENDING, false, null, Instant.now()))
				.getId();
			importedAt = first.getBean(ContentVersionRepository.class).current().getImportedAt();
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(PassageRepository.class).count()).isEqualTo(244);
			assertThat(second.getBean(OrganisationRepository.class).count()).isEqualTo(10);
			assertThat(second.getBean(CommentRepository.class).count()).isEqualTo(10);
			assertThat(second.getBean(CommentRepository.class).findById(commentId)).get()
				.extracting(Comment::getText)
				.isEqualTo("Stored before the restart.");
			HttpResponse<String> kept = HTTP.send(
					HttpRequest.newBuilder(uri(second, "/api/v1/challenges/" + received)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(kept.statusCode()).isEqualTo(200);
			assertThat(kept.body()).contains("Sent before the restart.").contains("\"status\":\"open\"");
			ContentVersion version = second.getBean(ContentVersionRepository.class).current();
			assertThat(version.getImportedAt()).as("no second import").isEqualTo(importedAt);
		}
	}

	/**
	 * Sends a challenge through the site's own form, as a reader would, and answers the
	 * number the site acknowledged it with.
	 */
	private static String challenge(ConfigurableApplicationContext site) throws Exception {
		String key = "organisation:openai:control";
		String form = HTTP
			.send(HttpRequest.newBuilder(uri(site, "/challenges/new?rating=" + key)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("the form carries a token").isTrue();
		String body = "token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
				+ "&proposed=2&opinion=true&reason="
				+ URLEncoder.encode("Sent before the restart.", StandardCharsets.UTF_8);
		HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(uri(site, "/challenges?rating=" + key))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(302);
		Matcher number = Pattern.compile("/challenges/(\\d+)/received$")
			.matcher(sent.headers().firstValue("Location").orElseThrow());
		assertThat(number.find()).isTrue();
		return number.group(1);
	}

	private static URI uri(ConfigurableApplicationContext site, String path) {
		return URI.create("http://localhost:" + site.getEnvironment().getProperty("local.server.port") + path);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AicompareApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("aicompare"),
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				// A reader who answers at once is no program here.
				"--aicompare.comments.minimum-form-seconds=0");
	}

}
