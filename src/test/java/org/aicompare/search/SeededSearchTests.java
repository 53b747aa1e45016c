package org.aicompare.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.Spectra;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the search on the content the site ships.
 */
@DataJpaTest
@Import({ SeededContent.class, SearchIndex.class, SearchDocuments.class, Spectra.class, BuyerPanels.class })
class SeededSearchTests {

	@Autowired
	private SearchIndex index;

	@Test
	void owningFindsTheDataOwnershipRowAndTheUserOwnershipSection() {
		// The section's link names the id its heading has on the article's page.
		SearchResults results = this.index.search("owning", SearchController.MAX_RESULTS);
		assertThat(results.hits()).extracting(SearchHit::url)
			.contains("/compare#dimension-data-ownership", "/articles/advantages-of-decentralized-ai#user-ownership");
		assertThat(results.hits()).extracting(SearchHit::titleHtml)
			.contains("User <mark>Ownership</mark> \u2013 Advantages of Decentralized AI",
					"Data <mark>Ownership</mark> \u2013 Decentralized AI");
		assertThat(results.hits().get(0).snippetHtml()).contains("<mark>");
	}

	@Test
	void bittensorRanksItsProfileFirst() {
		SearchResults results = this.index.search("bittensor", SearchController.MAX_RESULTS);
		assertThat(results.hits().get(0)).extracting(SearchHit::url, SearchHit::kind)
			.containsExactly("/projects/bittensor", SearchKind.ORGANISATION);
		assertThat(results.total()).isGreaterThan(1);
	}

	@Test
	void findsEveryKindOfDocument() {
		assertThat(this.index.search("decentralised governance", 100).hits()).extracting(SearchHit::kind)
			.contains(SearchKind.MODEL, SearchKind.MATRIX, SearchKind.ARTICLE, SearchKind.ORGANISATION);
	}

	@Test
	void everyWordNarrowsTheSearch() {
		int ai = this.index.search("AI", SearchController.MAX_RESULTS).total();
		int act = this.index.search("AI Act compliance", SearchController.MAX_RESULTS).total();
		assertThat(act).isLessThan(ai);
		int data = this.index.search("data", SearchController.MAX_RESULTS).total();
		int residency = this.index.search("data ownership", SearchController.MAX_RESULTS).total();
		assertThat(residency).isPositive().isLessThan(data);
	}

	@Test
	void wordsInQuotesMustStandTogetherInOrder() {
		SearchResults phrase = this.index.search("\"data ownership\"", 100);
		SearchResults words = this.index.search("data ownership", 100);
		assertThat(phrase.total()).isPositive().isLessThanOrEqualTo(words.total());
		assertThat(this.index.search("\"ownership data\"", 100).total()).isLessThan(phrase.total());
		assertThat(phrase.hits()).extracting(SearchHit::url).contains("/compare#dimension-data-ownership");
	}

	@Test
	void whenAllWordsTogetherFindNothingItSaysWhatEachFindsAlone() {
		SearchResults results = this.index.search("bittensor zebra", SearchController.MAX_RESULTS);
		assertThat(results.hits()).isEmpty();
		assertThat(results.alternatives()).extracting(SearchResults.Alternative::query).containsExactly("bittensor");
		assertThat(results.alternatives().get(0).total())
			.isEqualTo(this.index.search("bittensor", SearchController.MAX_RESULTS).total());
	}

	@Test
	void findsWhoHoldsWhatOnTheSpectrum() {
		SearchResults results = this.index.search("multisig", SearchController.MAX_RESULTS);
		assertThat(results.hits()).extracting(SearchHit::url, SearchHit::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("/projects/bittensor#spectrum", SearchKind.SPECTRUM));
	}

	@Test
	void answersTheSameTwice() {
		SearchResults first = this.index.search("data ownership", SearchController.MAX_RESULTS);
		SearchResults second = this.index.search("data ownership", SearchController.MAX_RESULTS);
		assertThat(first.hits()).isNotEmpty().isEqualTo(second.hits());
		assertThat(first.total()).isEqualTo(second.total());
	}

}
