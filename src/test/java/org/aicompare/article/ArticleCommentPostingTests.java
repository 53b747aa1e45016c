package org.aicompare.article;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentedPage;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment posted on the seeded site, end to end: it is in the database by the time the
 * reader is redirected, the article does not show it while it awaits moderation, and the
 * same sender must wait before posting again, on any page.
 *
 * @author aicompare
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleCommentPostingTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private CommentRepository comments;

	@Autowired
	private CommentToken tokens;

	@Test
	void storesAPostedCommentBeforeRedirectingAndKeepsItOffThePageWhilePending() {
		Article article = this.articles.findAllByOrderByPosition().get(1);
		String path = "/articles/" + article.getSlug();
		String text = "Who audits " + article.getTitle() + "? Asking as reader " + UUID.randomUUID() + ".";
		String token = this.tokens.issue(
				new CommentedPage(CommentTarget.ARTICLE, article.getSlug(), article.getTitle()),
				Instant.now().minusSeconds(30));
		assertThat(this.mvc.post()
			.uri(path + "/comments")
			.header(HttpHeaders.ORIGIN, "http://localhost")
			.param("token", token)
			.param("name", "Reader")
			.param("text", text)).hasStatus3xxRedirection().hasRedirectedUrl(path + "/comments/received");
		assertThat(this.comments.findAll()).filteredOn((comment) -> comment.getText().equals(text))
			.singleElement()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.PENDING);
		assertThat(this.mvc.get().uri(path)).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.SET_COOKIE)
			.bodyText()
			.doesNotContain(text)
			.contains("href=\"" + path + "/comments/new\"");
	}

	@Test
	void setsNoCookieOnTheArticleOrItsCommentForm() {
		String slug = this.articles.findAllByOrderByPosition().get(0).getSlug();
		assertThat(this.mvc.get().uri("/articles/" + slug)).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(this.mvc.get().uri("/articles/" + slug + "/comments/new")).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.SET_COOKIE);
	}

	@Test
	void asksTheSameSenderToWaitBeforeCommentingAgainAnywhere() {
		String sender = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
		Article first = this.articles.findAllByOrderByPosition().get(2);
		Article second = this.articles.findAllByOrderByPosition().get(3);
		assertThat(post(first, sender, "First thought " + UUID.randomUUID())).hasStatus3xxRedirection();
		MvcTestResult again = post(second, sender, "Second thought " + UUID.randomUUID());
		assertThat(again).hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText().contains("try again in");
		assertThat(Integer.parseInt(again.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 15);
		assertThat(post(second, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255),
				"Another reader " + UUID.randomUUID()))
			.hasStatus3xxRedirection();
	}

	private MvcTestResult post(Article article, String sender, String text) {
		String token = this.tokens.issue(
				new CommentedPage(CommentTarget.ARTICLE, article.getSlug(), article.getTitle()),
				Instant.now().minusSeconds(30));
		return this.mvc.post().uri("/articles/" + article.getSlug() + "/comments").with((request) -> {
			request.setRemoteAddr(sender);
			return request;
		})
			.header(HttpHeaders.ORIGIN, "http://localhost")
			.param("token", token)
			.param("name", "Reader")
			.param("text", text)
			.exchange();
	}

}
