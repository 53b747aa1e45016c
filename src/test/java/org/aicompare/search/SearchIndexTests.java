package org.aicompare.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.aicompare.text.EnglishTextAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link SearchIndex}, {@link SearchQuery} and {@link Snippets} on documents
 * made up for the purpose.
 */
class SearchIndexTests {

	private static final SearchDocument OWNERSHIP = new SearchDocument(SearchKind.MATRIX, "Data Ownership",
			"/compare#o", "Users keep ownership of their data.");

	private static final SearchDocument OWNED = new SearchDocument(SearchKind.MODEL, "Centralized AI", "/models/c",
			"AI built, owned and run by one company.");

	private static final SearchDocument WEATHER = new SearchDocument(SearchKind.ARTICLE, "Weather", "/articles/w",
			"It rained all week.");

	private final SearchDocuments documents = mock(SearchDocuments.class);

	private final SearchIndex index = new SearchIndex(this.documents);

	@Test
	void owningFindsOwnershipAndOwned() {
		content("v1", OWNERSHIP, OWNED, WEATHER);
		SearchResults results = this.index.search("owning", 20);
		assertThat(results.total()).isEqualTo(2);
		assertThat(results.hits()).extracting(SearchHit::url).containsExactlyInAnyOrder("/compare#o", "/models/c");
		assertThat(results.hits()).extracting(SearchHit::snippetHtml)
			.contains("Users keep <mark>ownership</mark> of their data.",
					"AI built, <mark>owned</mark> and run by one company.");
		assertThat(results.hits().get(0).titleHtml()).as("a match in the title ranks first")
			.isEqualTo("Data <mark>Ownership</mark>");
	}

	@Test
	void britishSpellingsFindAmericanOnes() {
		content("v1", new SearchDocument(SearchKind.MODEL, "Decentralized AI", "/models/d",
				"Governance spread across an organization."));
		assertThat(this.index.search("decentralised", 20).hits()).extracting(SearchHit::url)
			.containsExactly("/models/d");
		assertThat(this.index.search("organisations", 20).total()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND (", "*", "\"", "title:", "owner~2", "[a TO z]", "-", "\\", "((((", "?", "+-!&&||" })
	void hostileQuerySyntaxIsJustText(String query) {
		content("v1", OWNERSHIP, OWNED, WEATHER);
		assertThatNoException().isThrownBy(() -> this.index.search(query, 20));
	}

	@Test
	void aQueryOfOnlyStopWordsAndPunctuationFindsNothing() {
		content("v1", OWNERSHIP, OWNED, WEATHER);
		assertThat(this.index.search("AND (", 20)).isEqualTo(SearchResults.NONE);
		assertThat(this.index.search("the *", 20).hits()).isEmpty();
	}

	@Test
	void marksMatchesInEscapedText() {
		content("v1", new SearchDocument(SearchKind.ARTICLE, "<b>Owners</b>", "/articles/x",
				"<script>alert('owned')</script> & more"));
		SearchHit hit = this.index.search("owning", 20).hits().get(0);
		assertThat(hit.snippetHtml())
			.isEqualTo("&lt;script&gt;alert(&#39;<mark>owned</mark>&#39;)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>");
		assertThat(hit.titleHtml()).isEqualTo("&lt;b&gt;<mark>Owners</mark>&lt;/b&gt;");
	}

	@Test
	void cutsLongTextsAroundTheirMatchesAtWords() {
		String filler = "lorem ipsum dolor sit amet ".repeat(20);
		content("v1", new SearchDocument(SearchKind.ARTICLE, "Long", "/articles/long",
				filler + "users keep ownership of their data " + filler));
		String snippet = this.index.search("ownership", 20).hits().get(0).snippetHtml();
		assertThat(snippet).startsWith("\u2026").endsWith("\u2026").contains("<mark>ownership</mark>");
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(Snippets.LENGTH + 2)
			.doesNotContain("  ");
		assertThat(snippet).as("starts at a word").matches("\u2026(lorem|ipsum|dolor|sit|amet) .*");
	}

	@Test
	void ranksEqualScoresByLinkAndLimitsTheHits() {
		content("v1", new SearchDocument(SearchKind.ARTICLE, "Same", "/b", "ownership"),
				new SearchDocument(SearchKind.ARTICLE, "Same", "/c", "ownership"),
				new SearchDocument(SearchKind.ARTICLE, "Same", "/a", "ownership"));
		SearchResults results = this.index.search("ownership", 2);
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.isTruncated()).isTrue();
		assertThat(results.hits()).extracting(SearchHit::url).containsExactly("/a", "/b");
	}

	@Test
	void buildsOnceAndRebuildsWhenTheContentChanges() {
		content("v1", WEATHER);
		assertThat(this.index.search("rained", 20).total()).isEqualTo(1);
		assertThat(this.index.search("rain", 20).total()).isEqualTo(1);
		verify(this.documents, times(1)).load();
		content("v2", OWNERSHIP);
		assertThat(this.index.search("rained", 20).total()).isZero();
		assertThat(this.index.search("ownership", 20).total()).isEqualTo(1);
		verify(this.documents, times(2)).load();
	}

	@Test
	void queryTermsAreStemsAndMatchLongerWordsFromThreeLetters() {
		SearchQuery query = SearchQuery.parse(new EnglishTextAnalyzer(), "The owning of AI");
		assertThat(query.terms()).containsExactly("own", "ai");
		assertThat(query.matches("ownership")).isTrue();
		assertThat(query.matches("own")).isTrue();
		assertThat(query.matches("aid")).as("no prefix match under three letters").isFalse();
		assertThat(query.toLucene().toString()).contains("body:own*", "title:own*").doesNotContain("body:ai*");
	}

	private void content(String checksum, SearchDocument... all) {
		given(this.documents.checksum()).willReturn(checksum);
		given(this.documents.load()).willReturn(new SearchDocuments.Corpus(checksum, List.of(all)));
	}

}
