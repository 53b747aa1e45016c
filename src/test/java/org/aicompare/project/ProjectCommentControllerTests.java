package org.aicompare.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.system.SecurityConfiguration;
import org.aicompare.revision.SiteRevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Tests for {@link ProjectCommentController}: commenting on an organisation's profile.
 *
 * @author aicompare
 */
@WebMvcTest(ProjectCommentController.class)
@Import({ ProjectCommentControllerTests.Posting.class, SecurityConfiguration.class })
class ProjectCommentControllerTests {

	private static final CommentedPage PAGE = new CommentedPage(CommentTarget.PROJECT, "openai", "OpenAI");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CommentToken tokens;

	@MockitoBean
	private OrganisationRepository organisations;

	@MockitoBean
	private CommentRepository comments;

	@MockitoBean
	private SiteSecret secret;

	@MockitoBean
	private RequestLimits limits;

	@MockitoBean
	private SiteRevision revision;

	@BeforeEach
	void anOrganisationAndAKey() {
		given(this.secret.key()).willReturn("test key".getBytes(StandardCharsets.UTF_8));
		given(this.organisations.findProfile(anyString())).willReturn(Optional.empty());
		DeploymentModel centralized = mock(DeploymentModel.class);
		given(centralized.getName()).willReturn("Centralized AI");
		given(centralized.getSlug()).willReturn("centralized");
		Organisation openai = new Organisation("openai", "OpenAI", centralized, 0, "Maker of ChatGPT.", List.of(7));
		openai.getProducts().add(new Product(openai, "ChatGPT", 0, List.of(63)));
		given(this.organisations.findProfile("openai")).willReturn(Optional.of(openai));
		given(this.limits.claim(anyString(), any(), any())).willReturn(Duration.ZERO);
	}

	@Test
	void showsTheFormForAProfile() {
		assertThat(this.mvc.get().uri("/projects/openai/comments/new")).hasStatusOk()
			.hasViewName(ProjectCommentController.FORM_VIEW)
			.doesNotContainHeader("Set-Cookie")
			.bodyText()
			.contains("Comment on \u201cOpenAI\u201d", "action=\"/projects/openai/comments\"", "name=\"token\"");
	}

	@Test
	void answersNotFoundForAnUnknownOrganisation() {
		assertThat(this.mvc.get().uri("/projects/nobody/comments/new")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/projects/nobody/comments").param("name", "Ada").param("text", "Hello"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAPostWithoutAToken() {
		assertThat(this.mvc.post().uri("/projects/openai/comments").param("name", "Ada").param("text", "Hello"))
			.hasStatus(HttpStatus.FORBIDDEN);
		then(this.comments).should(never()).save(any());
	}

	@Test
	void holdsPraiseThatNamesNothingOnTheProfile() {
		assertThat(this.mvc.post()
			.uri("/projects/openai/comments")
			.param("token", this.tokens.issue(PAGE, Instant.now().minusSeconds(60)))
			.param("name", "Ada")
			.param("email", "ada@example.org")
			.param("text", "Great post, thanks!")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/projects/openai/comments/received");
		ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
		then(this.comments).should().save(saved.capture());
		assertThat(saved.getValue().getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(saved.getValue().getTarget()).isEqualTo(CommentTarget.PROJECT);
		assertThat(saved.getValue().getEmail()).isEqualTo("ada@example.org");
	}

	@Test
	void saysWhenACommentIsPublished() {
		assertThat(this.mvc.get().uri("/projects/openai/comments/received?published=true")).hasStatusOk()
			.bodyText()
			.contains("Thank you: your comment is published.", "href=\"/projects/openai#comments-heading\"");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CommentProperties.class)
	@Import({ CommentPosting.class, CommentScreening.class, CommentToken.class })
	static class Posting {

	}

}
