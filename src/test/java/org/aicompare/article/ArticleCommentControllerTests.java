package org.aicompare.article;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentedPage;
import org.aicompare.comment.CommentPosting;
import org.aicompare.comment.CommentProperties;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentScreening;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentToken;
import org.aicompare.comment.SiteSecret;
import org.aicompare.limit.RequestLimits;
import org.aicompare.system.SecurityConfiguration;
import org.aicompare.revision.SiteRevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Tests for {@link ArticleCommentController}: the comment form, what a post must carry to
 * be accepted, and what the reader is told.
 *
 * @author aicompare
 */
@WebMvcTest(ArticleCommentController.class)
@Import({ ArticleCommentControllerTests.Posting.class, SecurityConfiguration.class })
class ArticleCommentControllerTests {

	private static final String SLUG = "advantages-of-centralized-ai";

	private static final CommentedPage PAGE = new CommentedPage(CommentTarget.ARTICLE, SLUG,
			"Advantages of Centralized AI");

	private static final String TEXT = "Superior Performance matters less than who owns the data.\nSecond line.";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CommentToken tokens;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private CommentRepository comments;

	@MockitoBean
	private SiteSecret secret;

	@MockitoBean
	private RequestLimits limits;

	@MockitoBean
	private SiteRevision revision;

	@BeforeEach
	void anArticleAndAKey() {
		given(this.secret.key()).willReturn("test key".getBytes(StandardCharsets.UTF_8));
		given(this.articles.findWithSections(anyString())).willReturn(Optional.empty());
		given(this.articles.findWithSections(SLUG)).willReturn(Optional.of(advantages()));
		given(this.limits.claim(anyString(), any(), any())).willReturn(Duration.ZERO);
	}

	@Test
	void showsTheFormWithASignedTokenAndNoCookie() {
		assertThat(this.mvc.get().uri("/articles/" + SLUG + "/comments/new")).hasStatusOk()
			.hasViewName(ArticleCommentController.FORM_VIEW)
			.doesNotContainHeader("Set-Cookie")
			.bodyText()
			.contains("Comment on \u201cAdvantages of Centralized AI\u201d",
					"action=\"/articles/" + SLUG + "/comments\"", "name=\"token\"", "for=\"comment-name\"",
					"for=\"comment-text\"", "href=\"/articles/" + SLUG + "\"");
	}

	@Test
	void answersNotFoundForTheFormOfAnUnknownArticle() {
		assertThat(this.mvc.get().uri("/articles/nothing/comments/new")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/articles/nothing/comments", token(), TEXT)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAPostWithoutAToken() {
		assertThat(post("/articles/" + SLUG + "/comments", null, TEXT)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("did not come with the check", "href=\"/articles/" + SLUG + "/comments/new\"");
		then(this.comments).should(never()).save(any());
	}

	@Test
	void refusesAPostWithAForgedToken() {
		String forged = Instant.now().minusSeconds(60).getEpochSecond() + ".0123456789abcdef";
		assertThat(post("/articles/" + SLUG + "/comments", forged, TEXT)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("check did not match");
		then(this.comments).should(never()).save(any());
	}

	@Test
	void refusesATokenForAnotherPage() {
		String other = this.tokens.issue(new CommentedPage(CommentTarget.ARTICLE, "challenges", "Challenges"),
				Instant.now().minusSeconds(60));
		assertThat(post("/articles/" + SLUG + "/comments", other, TEXT)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesAnExpiredToken() {
		String old = this.tokens.issue(PAGE, Instant.now().minus(CommentToken.MAX_AGE).minusSeconds(60));
		assertThat(post("/articles/" + SLUG + "/comments", old, TEXT)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("more than 24 hours");
	}

	@Test
	void refusesAPostFromAnotherSite() {
		assertThat(this.mvc.post()
			.uri("/articles/" + SLUG + "/comments")
			.header("Origin", "https://elsewhere.example")
			.param("token", token())
			.param("name", "Ada")
			.param("text", TEXT)).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("from a page on another site");
		then(this.comments).should(never()).save(any());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "https://localhost", "http://localhost:8080", "http://localhost.elsewhere.example", "null" })
	void refusesAPostFromAnotherSchemeHostOrPort(String origin) {
		assertThat(this.mvc.post()
			.uri("/articles/" + SLUG + "/comments")
			.header("Origin", origin)
			.param("token", token())
			.param("name", "Ada")
			.param("text", TEXT)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.comments).should(never()).save(any());
	}

	@Test
	void acceptsAPostWhoseRefererIsThePageItself() {
		assertThat(this.mvc.post()
			.uri("/articles/" + SLUG + "/comments")
			.header("Referer", "http://localhost/articles/" + SLUG + "/comments/new")
			.param("token", token())
			.param("name", "Ada")
			.param("text", TEXT)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void showsTheFormAgainWithTheTextKeptAndEachProblemNamed() {
		assertThat(this.mvc.post()
			.uri("/articles/" + SLUG + "/comments")
			.header("Origin", "http://localhost")
			.param("token", token())
			.param("name", "  ")
			.param("email", "not an address")
			.param("text", "Kept <b>as typed</b>")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName(ArticleCommentController.FORM_VIEW)
			.bodyText()
			.contains("Kept &lt;b&gt;as typed&lt;/b&gt;</textarea>", "Give a name to sign your comment with.",
					"This is not an email address", "aria-invalid=\"true\"")
			.containsSubsequence("for=\"comment-name\"", "Give a name", "id=\"comment-name\"", "for=\"comment-email\"",
					"This is not an email address", "id=\"comment-email\"");
		then(this.comments).should(never()).save(any());
	}

	@Test
	void namesAnEmptyComment() {
		assertThat(post("/articles/" + SLUG + "/comments", token(), " \n\t ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Write your comment.");
	}

	@Test
	void refusesTheSameTextTwiceOnOnePage() {
		given(this.comments.existsByTargetAndTargetSlugAndFingerprint(any(), anyString(), anyString()))
			.willReturn(true);
		assertThat(post("/articles/" + SLUG + "/comments", token(), TEXT)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("already been posted on \u201cAdvantages of Centralized AI\u201d");
		then(this.comments).should(never()).save(any());
	}

	@Test
	void asksASenderWhoPostsTooOftenToWait() {
		given(this.limits.claim(anyString(), any(), any())).willReturn(Duration.ofMillis(14_200));
		MvcTestResult result = post("/articles/" + SLUG + "/comments", token(), TEXT);
		assertThat(result).hasStatus(HttpStatus.TOO_MANY_REQUESTS).headers().hasValue("Retry-After", "15");
		assertThat(result).bodyText().contains("try again in 15 seconds");
		then(this.comments).should(never()).save(any());
	}

	@Test
	void savesACommentPendingAndRedirectsToTheThankYouPage() {
		assertThat(post("/articles/" + SLUG + "/comments", token(), TEXT)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/articles/" + SLUG + "/comments/received");
		Comment saved = saved();
		assertThat(saved.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(saved.getText()).isEqualTo(TEXT);
		assertThat(saved.getAuthorName()).isEqualTo("Ada");
		assertThat(saved.getEmail()).isNull();
		assertThat(saved.getFingerprint()).hasSize(64);
		assertThat(saved.getClientHash()).hasSize(64).doesNotContain("127.0.0.1");
	}

	@Test
	void savesACommentFromAProgramAsSpam() {
		assertThat(this.mvc.post()
			.uri("/articles/" + SLUG + "/comments")
			.param("token", token())
			.param("name", "Ada")
			.param("website", "http://spam.example")
			.param("text", TEXT)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/articles/" + SLUG + "/comments/received");
		assertThat(saved().getStatus()).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void savesACommentPostedTooSoonAfterTheFormAsSpam() {
		assertThat(post("/articles/" + SLUG + "/comments", this.tokens.issue(PAGE, Instant.now()), TEXT))
			.hasStatus(HttpStatus.FOUND);
		assertThat(saved().getStatus()).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void thanksTheReaderAndSaysTheCommentAwaitsModeration() {
		assertThat(this.mvc.get().uri("/articles/" + SLUG + "/comments/received")).hasStatusOk()
			.doesNotContainHeader("Set-Cookie")
			.bodyText()
			.contains("Thank you: your comment is awaiting moderation.",
					"href=\"/articles/" + SLUG + "#comments-heading\"");
	}

	private Comment saved() {
		ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
		then(this.comments).should().save(saved.capture());
		return saved.getValue();
	}

	private String token() {
		return this.tokens.issue(PAGE, Instant.now().minusSeconds(60));
	}

	private MvcTestResult post(String path, String token, String text) {
		var request = this.mvc.post().uri(path).param("name", "Ada").param("email", "").param("text", text);
		if (token != null) {
			request.param("token", token);
		}
		return request.exchange();
	}

	private static Article advantages() {
		Article article = new Article(SLUG, "Advantages of Centralized AI", false, ArticleKind.ADVANTAGES,
				"centralized", 4, "Four strengths.", 44, 73);
		article.addSection(new ArticleSection(article, 1, 46, "Superior Performance", 2, List.of(48)));
		return article;
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CommentProperties.class)
	@Import({ CommentPosting.class, CommentScreening.class, CommentToken.class })
	static class Posting {

	}

}
