package org.aicompare.article;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.source.CitationIndex.Citation;
import org.aicompare.web.PageLink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ArticleCitations} on the seeded content.
 */
@DataJpaTest
@Import({ SeededContent.class, ArticleCitations.class })
class ArticleCitationsTests {

	@Autowired
	private ArticleCitations index;

	@Test
	void everyPassageOfTheArticlesIsCitedOnceByItsArticle() {
		assertThat(this.index.citations()).hasSize(235)
			.extracting(Citation::passage)
			.doesNotHaveDuplicates()
			.contains(1, 235);
		assertThat(this.index.citations()).contains(new Citation(111,
				new PageLink("Advantages of Decentralized AI", "/articles/advantages-of-decentralized-ai")));
	}

}
