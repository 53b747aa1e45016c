package org.aicompare.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.about.AboutPageAssembler;
import org.aicompare.about.CorrectionSummary;
import org.aicompare.article.Article;
import org.aicompare.article.ArticleKind;
import org.aicompare.article.ArticleRepository;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.content.ContentChange;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.edition.EditionView;
import org.aicompare.edition.Editions;
import org.aicompare.project.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link FeedController}.
 */
@Import(SecurityConfiguration.class)
@WebMvcTest(controllers = FeedController.class, properties = "aicompare.site.base-url=https://aicompare.example")
class FeedControllerTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ContentChangeRepository changes;

	@MockitoBean
	private CommentRepository comments;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private OrganisationRepository organisations;

	@MockitoBean
	private AboutPageAssembler about;

	@MockitoBean
	private Editions editions;

	@BeforeEach
	void content() {
		ContentChange first = mock(ContentChange.class);
		given(first.getChangedOn()).willReturn(LocalDate.of(2026, 11, 24));
		given(first.getSummary()).willReturn("First publication.");
		ContentChange second = mock(ContentChange.class);
		given(second.getChangedOn()).willReturn(LocalDate.of(2026, 12, 10));
		given(second.getSummary()).willReturn("Hybrid ratings revisited.");
		given(this.changes.findAllByOrderByChangedOnDescIdDesc()).willReturn(List.of(second, first));
		given(this.articles.findAllByOrderByPosition())
			.willReturn(List.of(new Article("decentralized-vs-centralized-ai", "Decentralized AI vs Centralized AI",
					false, ArticleKind.INTRODUCTION, null, 0, "The question.", 1, 3)));
		List<Comment> published = List.of(
				comment(7L, "Ada", "Fine </summary><script>alert(1)</script> & more",
						Instant.parse("2026-12-01T09:30:00Z")),
				comment(3L, "Bob", "Earlier.", Instant.parse("2026-11-25T08:00:00Z")));
		given(this.comments.findTop20ByStatusAndSourcePassageIsNullOrderByCreatedAtDescIdDesc(CommentStatus.PUBLISHED))
			.willReturn(published);
	}

	@Test
	void isAnAtomFeedWithIdTitleUpdatedAndSelfLink() throws Exception {
		var result = this.mvc.get().uri("/feed.atom").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
		Element feed = XmlDocuments.parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(XmlDocuments.text(feed, ATOM, "id")).isEqualTo("https://aicompare.example/feed.atom");
		assertThat(XmlDocuments.text(feed, ATOM, "title")).isEqualTo("aicompare: content updates and comments");
		assertThat(XmlDocuments.text(feed, ATOM, "updated")).isEqualTo("2026-12-10T00:00:00Z");
		assertThat(XmlDocuments.children(feed, ATOM, "link")).anySatisfy((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("self");
			assertThat(link.getAttribute("href")).isEqualTo("https://aicompare.example/feed.atom");
		});
		assertThat(XmlDocuments.text(XmlDocuments.children(feed, ATOM, "author").get(0), ATOM, "name"))
			.isEqualTo("aicompare");
	}

	@Test
	void listsContentUpdatesAndPublishedCommentsNewestFirstLinkingToTheirPlace() throws Exception {
		Element feed = XmlDocuments
			.parse(this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsByteArray())
			.getDocumentElement();
		List<Element> entries = XmlDocuments.children(feed, ATOM, "entry");
		assertThat(entries.stream().map((entry) -> XmlDocuments.text(entry, ATOM, "title"))).containsExactly(
				"Content updated on 2026-12-10", "Comment by Ada on \u201cDecentralized AI vs Centralized AI\u201d",
				"Comment by Bob on \u201cDecentralized AI vs Centralized AI\u201d", "Content updated on 2026-11-24");
		assertThat(entries.stream().map((entry) -> XmlDocuments.text(entry, ATOM, "updated"))).containsExactly(
				"2026-12-10T00:00:00Z", "2026-12-01T09:30:00Z", "2026-11-25T08:00:00Z", "2026-11-24T00:00:00Z");
		assertThat(
				entries.stream().map((entry) -> XmlDocuments.children(entry, ATOM, "link").get(0).getAttribute("href")))
			.containsExactly("https://aicompare.example/methodology#updates",
					"https://aicompare.example/articles/decentralized-vs-centralized-ai#comment-7",
					"https://aicompare.example/articles/decentralized-vs-centralized-ai#comment-3",
					"https://aicompare.example/methodology#updates");
		assertThat(entries.stream().map((entry) -> XmlDocuments.text(entry, ATOM, "id"))).containsExactly(
				"tag:aicompare.example,2026-12-10:change-2", "tag:aicompare.example,2026-12-01:comment-7",
				"tag:aicompare.example,2026-11-25:comment-3", "tag:aicompare.example,2026-11-24:change-1");
		assertThat(XmlDocuments.text(entries.get(0), ATOM, "summary")).isEqualTo("Hybrid ratings revisited.");
	}

	@Test
	void carriesEachCorrectionDatedTheDayItWasMadeLinkingToItsEntry() throws Exception {
		given(this.about.corrections()).willReturn(List.of(new CorrectionSummary("amazon-anthropic",
				LocalDate.of(2026, 12, 2), "Amazon AI: its investment in Anthropic", "/projects/amazon-ai",
				"Said 4 billion USD.", "A minority investor.", List.of("FC-C1"))));
		Element feed = XmlDocuments
			.parse(this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsByteArray())
			.getDocumentElement();
		Element correction = XmlDocuments.children(feed, ATOM, "entry").get(1);
		assertThat(XmlDocuments.text(correction, ATOM, "title"))
			.isEqualTo("Correction: Amazon AI: its investment in Anthropic");
		assertThat(XmlDocuments.text(correction, ATOM, "updated")).isEqualTo("2026-12-02T00:00:00Z");
		assertThat(XmlDocuments.text(correction, ATOM, "id"))
			.isEqualTo("tag:aicompare.example,2026-12-02:correction-amazon-anthropic");
		assertThat(XmlDocuments.children(correction, ATOM, "link").get(0).getAttribute("href"))
			.isEqualTo("https://aicompare.example/about#correction-amazon-anthropic");
		assertThat(XmlDocuments.text(correction, ATOM, "summary"))
			.isEqualTo("What was wrong: Said 4 billion USD. What it is now: A minority investor.");
	}

	@Test
	void carriesACommentsTextAsEscapedPlainText() throws Exception {
		var result = this.mvc.get().uri("/feed.atom").exchange();
		assertThat(result).bodyText().doesNotContain("<script>");
		Element feed = XmlDocuments.parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
		Element summary = XmlDocuments.children(XmlDocuments.children(feed, ATOM, "entry").get(1), ATOM, "summary")
			.get(0);
		assertThat(summary.getAttribute("type")).isEqualTo("text");
		assertThat(summary.getTextContent()).isEqualTo("Fine </summary><script>alert(1)</script> & more");
	}

	@Test
	void isAValidFeedWhenNothingHasHappenedYet() throws Exception {
		given(this.changes.findAllByOrderByChangedOnDescIdDesc()).willReturn(List.of());
		given(this.comments.findTop20ByStatusAndSourcePassageIsNullOrderByCreatedAtDescIdDesc(CommentStatus.PUBLISHED))
			.willReturn(List.of());
		Element feed = XmlDocuments
			.parse(this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsByteArray())
			.getDocumentElement();
		assertThat(XmlDocuments.children(feed, ATOM, "entry")).isEmpty();
		assertThat(XmlDocuments.text(feed, ATOM, "updated")).isNotBlank();
	}

	private static Comment comment(long id, String author, String text, Instant at) {
		Comment comment = mock(Comment.class);
		given(comment.getId()).willReturn(id);
		given(comment.getTarget()).willReturn(CommentTarget.ARTICLE);
		given(comment.getTargetSlug()).willReturn("decentralized-vs-centralized-ai");
		given(comment.getAuthorName()).willReturn(author);
		given(comment.getText()).willReturn(text);
		given(comment.getCreatedAt()).willReturn(at);
		return comment;
	}

	@Test
	void carriesAnEntryPerEditionLinkingToItsPlaceOnTheChangesPage() throws Exception {
		given(this.editions.all()).willReturn(
				List.of(new EditionView(2, LocalDate.of(2026, 12, 3), "Control re-rated.", List.of(3L), List.of()),
						new EditionView(1, LocalDate.of(2026, 12, 2), "First publication.", List.of(), List.of())));
		Element feed = XmlDocuments
			.parse(this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsByteArray())
			.getDocumentElement();
		List<Element> editions = XmlDocuments.children(feed, ATOM, "entry")
			.stream()
			.filter((entry) -> XmlDocuments.text(entry, ATOM, "title").startsWith("Edition "))
			.toList();
		assertThat(editions.stream().map((entry) -> XmlDocuments.text(entry, ATOM, "title")))
			.containsExactly("Edition 2", "Edition 1");
		assertThat(editions.stream()
			.map((entry) -> XmlDocuments.children(entry, ATOM, "link").get(0).getAttribute("href"))).containsExactly(
					"https://aicompare.example/changes#edition-2", "https://aicompare.example/changes#edition-1");
		assertThat(XmlDocuments.text(editions.get(0), ATOM, "summary"))
			.isEqualTo("Control re-rated. (0 changes computed by the site)");
		assertThat(XmlDocuments.text(editions.get(1), ATOM, "summary")).isEqualTo("First edition: First publication.");
	}

}
