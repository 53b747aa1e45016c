package org.aicompare.article;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentPage;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment posted on the seeded site, end to end: it is in the database by the time the
 * reader is redirected, and the article does not show it while it awaits moderation.
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
		String token = this.tokens.issue(new CommentPage(CommentTarget.ARTICLE, article.getSlug(), article.getTitle()),
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

}
