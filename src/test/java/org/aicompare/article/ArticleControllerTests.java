package org.aicompare.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.SourcePassage;
import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;
import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ArticleController}.
 */
@Import({ ArticleIndexAssembler.class, ArticlePageAssembler.class, SecurityConfiguration.class })
@WebMvcTest(ArticleController.class)
class ArticleControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private CommentThread comments;

	@MockitoBean
	private RelatedLinks related;

	@BeforeEach
	void noRelatedLinksUnlessATestGivesSome() {
		given(this.related.relatedTo(any(), anyString())).willReturn(new RelatedLinks.Section("related.x", List.of()));
	}

	@Test
	void listsEveryArticleInReadingOrderGroupedByKindWithItsPoints() {
		Article introduction = new Article("decentralized-vs-centralized-ai", "Decentralized AI vs Centralized AI",
				true, ArticleKind.INTRODUCTION, null, 0, "The question this site is built around.", 1, 3);
		Article advantages = advantages();
		Article examples = new Article("real-world-examples", "Real-World Examples", false, ArticleKind.EXAMPLES, null,
				2, "The leaders and innovators.", 166, 187);
		given(this.articles.findAllWithSections()).willReturn(List.of(introduction, advantages, examples));
		assertThat(this.mvc.get().uri("/articles")).hasStatusOk()
			.hasViewName(ArticleController.LIST_VIEW)
			.bodyText()
			.contains(
					"These are not 3 articles but the 3 sections of one source article, in its own order: passages 1 to 187",
					"Introduction", "Pros and cons", "Examples and guidance",
					"href=\"/articles/advantages-of-centralized-ai\"", "Four strengths.", "Added by aicompare",
					"2 points", "Passages 44\u201373", "Title added by aicompare: the source has none here")
			.containsSubsequence("Decentralized AI vs Centralized AI", "Advantages of Centralized AI",
					"Real-World Examples")
			.contains("<ol class=\"article-cards\" start=\"3\">");
	}

	@Test
	void showsAnArticleWithItsTableOfContentsPointsListsAndCitations() {
		givenAdvantagesArticle();
		assertThat(this.mvc.get().uri("/articles/advantages-of-centralized-ai")).hasStatusOk()
			.hasViewName(ArticleController.VIEW)
			.bodyText()
			.contains("<h1>Advantages of Centralized AI</h1>", "href=\"/sources#p-44\"", "Four strengths.",
					"href=\"#superior-performance\"", "id=\"superior-performance\"", "Point 1 of 2", "Point 2 of 2",
					"Massive GPU clusters", "href=\"/sources#p-49\"", "href=\"/models/centralized\"", "Centralized AI")
			.containsSubsequence("<ul class=\"article-list\">", "Massive GPU clusters", "Huge datasets", "</ul>")
			.containsSubsequence("Despite criticism", "<h2 id=\"superior-performance\">Superior Performance</h2>",
					"<h2 id=\"faster-innovation\">Faster Innovation</h2>", "Decision-making is streamlined");
	}

	@Test
	void leadsToThePreviousAndNextArticleInReadingOrder() {
		givenAdvantagesArticle();
		assertThat(this.mvc.get().uri("/articles/advantages-of-centralized-ai")).bodyText()
			.contains("rel=\"prev\" href=\"/articles/key-differences\"", "rel=\"next\" href=\"/articles/challenges\"");
	}

	@Test
	void showsTheOrganisationsOtherFeaturesRelateToTheArticle() {
		givenAdvantagesArticle();
		given(this.related.relatedTo(PageKind.ARTICLE, "advantages-of-centralized-ai"))
			.willReturn(new RelatedLinks.Section("related.organisations.named",
					List.of(new PageLink("OpenAI", "/projects/openai"))));
		assertThat(this.mvc.get().uri("/articles/advantages-of-centralized-ai")).bodyText()
			.contains("Organisations this article names", "href=\"/projects/openai\"");
	}

	@Test
	void saysWhenTheSiteGaveTheTitleAndShowsTheCommentThreadWithTheAuthorsRepliesUnderTheirComment() {
		Article introduction = new Article("decentralized-vs-centralized-ai", "Decentralized AI vs Centralized AI",
				true, ArticleKind.INTRODUCTION, null, 0, "The question this site is built around.", 1, 1);
		introduction.addSection(new ArticleSection(introduction, 0, null, null, 2, List.of(1)));
		givenPage(introduction, null, List.of(introduction),
				List.of(passage(1, PassageKind.PARAGRAPH, "Artificial intelligence (AI) is transforming.")));
		CommentThread.Entry reply = new CommentThread.Entry(2, "The source article's author", "Thanks !", true, true,
				Instant.EPOCH, List.of());
		given(this.comments.of(CommentTarget.ARTICLE, "decentralized-vs-centralized-ai"))
			.willReturn(List.of(new CommentThread.Entry(1, "A reader of the source article", "Great analysis.", false,
					true, Instant.EPOCH, List.of(reply))));
		assertThat(this.mvc.get().uri("/articles/decentralized-vs-centralized-ai")).hasStatusOk()
			.bodyText()
			.contains("The source has no heading here; the site gave this part its title.",
					"Artificial intelligence (AI) is transforming.", "href=\"/sources#p-1\"",
					"2 comments, replies included")
			.containsSubsequence("id=\"comment-1\"", "Great analysis.", "<ol class=\"replies\">", "id=\"comment-2\"",
					"Author\u2019s reply", "Thanks !", "</ol>");
	}

	@Test
	void showsRepairNotesAndTheListTheSiteCompletes() {
		Article article = new Article("what-is-decentralized-ai", "What Is Decentralized AI?", false, ArticleKind.MODEL,
				"decentralized", 2, "What decentralized AI is.", 21, 25);
		article.addSection(new ArticleSection(article, 0, null, null, 2, List.of(24, 25)));
		DeploymentModel decentralized = new DeploymentModel("decentralized", "Decentralized AI", 1, "Spread out.",
				new DeploymentModel.Passages(List.of(22), List.of(27), List.of(179, 181), List.of(195)));
		givenPage(article, decentralized, List.of(article), List.of(
				new Passage(new SourcePassage(21, PassageKind.HEADING, "What Is Decentralized AI?",
						"What Is Decentralized", "The source cuts this heading short.", "What Is Decentralized AI?")),
				new Passage(
						new SourcePassage(24, PassageKind.PARAGRAPH, "Examples of decentralized AI projects include:",
								"Examples of decentralized AI projects include:",
								"The list after this line is empty in the source.", "What Is Decentralized AI?")),
				passage(25, PassageKind.PARAGRAPH, "Instead of one company controlling everything."),
				passage(179, PassageKind.HEADING, "Bittensor"), passage(181, PassageKind.HEADING, "SingularityNET")));
		assertThat(this.mvc.get().uri("/articles/what-is-decentralized-ai")).hasStatusOk()
			.bodyText()
			.contains("Repaired for display:", "The source cuts this heading short.",
					"Original: \u201cWhat Is Decentralized\u201d", "The list after this line is empty in the source.")
			.containsSubsequence("Examples of decentralized AI projects include:", "Added by aicompare", "Bittensor",
					"href=\"/sources#p-179\"", "SingularityNET", "href=\"/sources#p-181\"",
					"Instead of one company controlling everything.");
	}

	@Test
	void showsTableRowsAsOneTableWithRowHeadersAndACitationPerRow() {
		Article article = new Article("key-differences", "Key Differences", false, ArticleKind.MODEL, null, 3,
				"The source's table.", 34, 36);
		article.addSection(new ArticleSection(article, 0, null, null, 2, List.of(35, 36)));
		givenPage(article, null, List.of(article),
				List.of(passage(34, PassageKind.HEADING, "Key Differences"),
						passage(35, PassageKind.TABLE_ROW, "| Feature | Centralized AI | Decentralized AI |"),
						passage(36, PassageKind.TABLE_ROW, "| Control | Single organization | Distributed network |")));
		assertThat(this.mvc.get().uri("/articles/key-differences")).hasStatusOk()
			.bodyText()
			.contains("<caption>", "<th scope=\"col\">Centralized AI</th>", "<th scope=\"row\">Control</th>",
					"<td>Single organization</td>", "href=\"/sources#p-36\"", "role=\"region\"");
	}

	@Test
	void answersNotFoundForAnUnknownArticle() {
		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void describesTheArticleAsSchemaOrgStructuredData() {
		givenAdvantagesArticle();
		JsonNode article = jsonLd(this.mvc.get().uri("/articles/advantages-of-centralized-ai"));
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("@type").asString()).isEqualTo("Article");
		assertThat(article.get("headline").asString()).isEqualTo("Advantages of Centralized AI");
		assertThat(article.get("description").asString()).isEqualTo("Four strengths.");
		assertThat(article.get("url").asString())
			.isEqualTo("http://localhost:8080/articles/advantages-of-centralized-ai");
		assertThat(article.get("isPartOf").get("url").asString()).isEqualTo("http://localhost:8080/sources");
		assertThat(article.get("isPartOf").propertyNames()).as("in the same order on every instance")
			.containsExactly("@type", "name", "url");
		assertThat(article.get("publisher").get("name").asString()).isEqualTo("aicompare");
		assertThat(article.has("datePublished")).as("the source gives no date").isFalse();
		assertThat(article.has("author")).as("the source names no author").isFalse();
	}

	@Test
	void keepsTextFromTheDataInsideTheStructuredDataScript() {
		Article article = new Article("escape", "Escape", false, ArticleKind.MODEL, null, 0,
				"Strengths</script><script>alert(1)</script> & <b>more</b>", 44, 45);
		givenPage(article, null, List.of(article),
				List.of(passage(44, PassageKind.HEADING, "Escape"), passage(45, PassageKind.PARAGRAPH, "Body.")));
		assertThat(this.mvc.get().uri("/articles/escape")).bodyText().doesNotContain("</script><script>alert(1)");
		assertThat(jsonLd(this.mvc.get().uri("/articles/escape")).get("description").asString())
			.isEqualTo("Strengths</script><script>alert(1)</script> & <b>more</b>");
	}

	private JsonNode jsonLd(MockMvcTester.MockMvcRequestBuilder request) {
		String body = new String(request.exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		Element script = Jsoup.parse(body).selectFirst("script[type=application/ld+json]");
		assertThat(script).isNotNull();
		return this.json.readTree(script.data());
	}

	private void givenAdvantagesArticle() {
		Article article = advantages();
		DeploymentModel centralized = new DeploymentModel("centralized", "Centralized AI", 0, "One company.",
				new DeploymentModel.Passages(List.of(5), List.of(14), List.of(7), List.of(190)));
		List<Article> all = List.of(
				new Article("key-differences", "Key Differences", false, ArticleKind.MODEL, null, 3, "Table.", 34, 43),
				article, new Article("challenges", "Challenges", false, ArticleKind.CHALLENGES, "centralized", 5,
						"Limits.", 74, 102));
		givenPage(article, centralized, all,
				List.of(passage(44, PassageKind.HEADING, "Advantages of Centralized AI"),
						passage(45, PassageKind.PARAGRAPH,
								"Despite criticism, centralized AI has significant strengths."),
						passage(46, PassageKind.HEADING, "1. Superior Performance"),
						passage(48, PassageKind.PARAGRAPH, "Training large AI models requires:"),
						passage(49, PassageKind.LIST_ITEM, "Massive GPU clusters"),
						passage(50, PassageKind.LIST_ITEM, "Huge datasets"),
						passage(53, PassageKind.HEADING, "2. Faster Innovation"),
						passage(54, PassageKind.PARAGRAPH, "Decision-making is streamlined.")));
	}

	/**
	 * The rows {@link ArticleRepository#findPageRows(String)} reads for an article: every
	 * article, and the asked-for one once per passage, with its model.
	 */
	private void givenPage(Article article, DeploymentModel about, List<Article> all, List<Passage> passages) {
		List<Object[]> rows = new ArrayList<>();
		for (Article each : all) {
			if (each != article) {
				rows.add(new Object[] { each, null, null });
			}
			else {
				passages.forEach((passage) -> rows.add(new Object[] { each, about, passage }));
			}
		}
		given(this.articles.findPageRows(article.getSlug())).willReturn(rows);
	}

	private static Article advantages() {
		Article article = new Article("advantages-of-centralized-ai", "Advantages of Centralized AI", false,
				ArticleKind.ADVANTAGES, "centralized", 4, "Four strengths.", 44, 73);
		article.addSection(new ArticleSection(article, 0, null, null, 2, List.of(45)));
		article.addSection(new ArticleSection(article, 1, 46, "Superior Performance", 2, List.of(48, 49, 50)));
		article.addSection(new ArticleSection(article, 2, 53, "Faster Innovation", 2, List.of(54)));
		return article;
	}

	private static Passage passage(int number, PassageKind kind, String text) {
		return new Passage(new SourcePassage(number, kind, text, text, null, null));
	}

}
