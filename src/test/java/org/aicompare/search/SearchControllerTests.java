package org.aicompare.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link SearchController}, searching a real index of made-up documents.
 */
@WebMvcTest(SearchController.class)
@Import({ SearchIndex.class, SecurityConfiguration.class })
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SearchDocuments documents;

	@BeforeEach
	void content() {
		given(this.documents.checksum()).willReturn("v1");
		given(this.documents.load()).willReturn(new SearchDocuments.Corpus("v1",
				List.of(new SearchDocument(SearchKind.MATRIX, "Data Ownership \u2013 Decentralized AI",
						"/compare#dimension-data-ownership", "Users may own their data."),
						new SearchDocument(SearchKind.ORGANISATION, "Ocean Protocol", "/projects/ocean-protocol",
								"Sell data while keeping ownership. <script>alert(1)</script>"),
						new SearchDocument(SearchKind.ARTICLE, "Weather", "/articles/weather", "It rained."))));
	}

	@Test
	void explainsWhatCanBeSearchedWhenThereIsNoQuery() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk()
			.hasViewName(SearchController.VIEW)
			.bodyText()
			.contains("<h1>Search the site</h1>", ">Search for</label>", "What you can search",
					"every cell of the comparison matrix", "href=\"/search?q=data%20ownership\"",
					"href=\"/search?q=bittensor\"")
			.doesNotContain("results, best first");
	}

	@Test
	void treatsABlankQueryAsNoQuery() {
		assertThat(this.mvc.get().uri("/search").param("q", "   ")).hasStatusOk()
			.bodyText()
			.contains("What you can search");
	}

	@Test
	void showsHowManyResultsWithTheirKindLinkAndMarkedSnippet() {
		assertThat(this.mvc.get().uri("/search").param("q", "owning")).hasStatusOk()
			.bodyText()
			.contains("Results for \u201cowning\u201d", ">Search again</label>", "value=\"owning\"",
					"2 results, best first.", "Comparison matrix", "Organisation",
					"href=\"/compare#dimension-data-ownership\"", "Data <mark>Ownership</mark> \u2013 Decentralized AI",
					"Users may <mark>own</mark> their data.", "href=\"/projects/ocean-protocol\"")
			.doesNotContain("/articles/weather");
	}

	@Test
	void escapesTheQueryAndTheIndexedText() {
		assertThat(this.mvc.get().uri("/search").param("q", "<script>alert(1)</script> ownership")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("Results for \u201c&lt;script&gt;alert(1)&lt;/script&gt; ownership\u201d",
					"keeping <mark>ownership</mark>. &lt;<mark>script</mark>&gt;<mark>alert</mark>(<mark>1</mark>)&lt;/<mark>script</mark>&gt;");
	}

	@Test
	void saysSoAndSuggestsTermsWhenNothingMatches() {
		assertThat(this.mvc.get().uri("/search").param("q", "zebra")).hasStatusOk()
			.bodyText()
			.contains("Nothing on the site matches \u201czebra\u201d.", "href=\"/search?q=data%20ownership\"")
			.doesNotContain("class=\"search-result\"");
	}

	@Test
	void saysWhatEachWordFindsAloneWhenTogetherTheyFindNothingAndSuggestsNothingElse() {
		assertThat(this.mvc.get().uri("/search").param("q", "ownership rained")).hasStatusOk()
			.bodyText()
			.contains("Nothing on the site matches \u201cownership rained\u201d.", "No page has all of these words",
					"href=\"/search?q=ownership\"", "href=\"/search?q=rained\"")
			.doesNotContain("href=\"/search?q=data%20ownership\"", "class=\"search-result\"");
	}

	@Test
	void hostileSyntaxIsSearchedAsText() {
		assertThat(this.mvc.get().uri("/search").param("q", "AND ( * \"")).hasStatusOk()
			.bodyText()
			.contains("Nothing on the site matches");
	}

	@Test
	void rejectsAQueryOverTwoHundredCharacters() {
		String query = "ownership ".repeat(20) + "x";
		assertThat(this.mvc.get().uri("/search").param("q", query)).hasStatus(400)
			.bodyText()
			.contains("at most 200 characters", query.substring(0, 40) + "\u2026");
	}

	@Test
	void acceptsAQueryOfExactlyTwoHundredCharacters() {
		assertThat(this.mvc.get().uri("/search").param("q", "ownership ".repeat(20).strip() + "s")).hasStatusOk();
	}

}
