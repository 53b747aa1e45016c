package org.aicompare.source;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources page and the references API on the seeded content: what the source is, what
 * each count counts, the comment thread under its own heading, and the references a citer
 * can follow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcesSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theSourcesPageSaysWhatTheSourceIsAndWhatEachCountCounts() {
		Document sources = page("/sources");
		assertThat(sources.select("#source-described").text()).contains(
				"records no title, no author, no publisher, no address and no date", "the source article",
				"It has 244 numbered passages: passages 1 to 235 are the article, and passages 236 to 244 are the comment thread below it.");
		assertThat(sources.select("#source-described a[href=/methodology#source-judged]")).hasSize(1);
	}

	@Test
	void theCommentThreadHasAHeadingOfItsOwnAfterTheArticle() {
		Document sources = page("/sources");
		assertThat(sources.select("#comment-thread h2").text())
			.isEqualTo("The comment thread below the article (passages 236 to 244)");
		assertThat(sources.select("#comment-thread li.passage").eachAttr("id")).first().isEqualTo("p-236");
		assertThat(sources.select("#comment-thread li.passage")).hasSize(9);
		assertThat(sources.select("ol.passages").first().select("li.passage").last().id()).isEqualTo("p-235");
	}

	@Test
	void theArticlesPageSaysItHoldsTheSectionsOfOneArticle() {
		assertThat(page("/articles").select(".lead").text())
			.contains("These are not 13 articles but the 13 sections of one source article", "passages 1 to 235");
	}

	@Test
	void passagesAreLabelledAsPassagesNeverAsPages() {
		for (String path : new String[] { "/", "/compare", "/projects/openai", "/articles/key-differences" }) {
			Document page = page(path);
			assertThat(page.select("a.cite").eachText()).as(path)
				.isNotEmpty()
				.allMatch((label) -> label.startsWith("\u00b6"));
			assertThat(page.text()).as(path).doesNotContainPattern("\\bp\\.\\s?\\d");
		}
	}

	@Test
	void theReferencesApiGivesWhatACiterNeedsAndWhatCitesEachReference() {
		var list = assertThat(this.mvc.get().uri("/api/v1/references")).hasStatusOk().bodyJson();
		list.extractingPath("$.items[?(@.code == 'FC-C1')].address")
			.asArray()
			.containsExactly(
					"https://www.ndtvprofit.com/business/amazon-invests-an-additional-4-billion-in-ai-firm-anthropic");
		list.extractingPath("$.meta.citeAs").asString().contains("/sources, content revision ", ", accessed ");
		var one = assertThat(this.mvc.get().uri("/api/v1/references/FC-C1")).hasStatusOk().bodyJson();
		one.extractingPath("$.publisher").isEqualTo("NDTV Profit (Bloomberg)");
		one.extractingPath("$.published").isEqualTo("22 Nov 2024");
		one.extractingPath("$.kind").isEqualTo("SECONDARY");
		one.extractingPath("$.links.html").isEqualTo("/sources#ref-FC-C1");
		one.extractingPath("$.citedBy[0].path").isEqualTo("/projects/amazon-ai");
		one.extractingPath("$.citedBy[0].text").asString().contains("minority investor in Anthropic");
	}

	@Test
	void anUnknownReferenceIsAProblem() {
		assertThat(this.mvc.get().uri("/api/v1/references/NOPE")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private Document page(String path) {
		byte[] body = this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
		return Jsoup.parse(new String(body, StandardCharsets.UTF_8));
	}

}
