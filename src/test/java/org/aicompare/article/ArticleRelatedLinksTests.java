package org.aicompare.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ArticleRelatedLinks} and the article queries, on the seeded content.
 */
@DataJpaTest
@Import({ SeededContent.class, ArticleRelatedLinks.class })
class ArticleRelatedLinksTests {

	@Autowired
	private ArticleRelatedLinks links;

	@Autowired
	private ArticleRepository articles;

	@Test
	void listsTheArticlesAboutAModelOnItsPage() {
		RelatedLinks.Section section = this.links.relatedTo(PageKind.MODEL, "centralized");
		assertThat(section.headingKey()).isEqualTo("related.articles");
		assertThat(section.links()).extracting(PageLink::path)
			.containsExactly("/articles/what-is-centralized-ai", "/articles/advantages-of-centralized-ai",
					"/articles/challenges-of-centralized-ai");
		assertThat(this.links.relatedTo(PageKind.MODEL, "hybrid").links()).extracting(PageLink::title)
			.containsExactly("The Future: Hybrid AI May Win");
	}

	@Test
	void addsNothingToOtherPages() {
		assertThat(this.links.relatedTo(PageKind.ARTICLE, "advantages-of-centralized-ai").links()).isEmpty();
		assertThat(this.links.relatedTo(PageKind.PROJECT, "openai").links()).isEmpty();
	}

	@Test
	void listsAllArticlesWithTheirSectionsInOneStatement() {
		List<Article> all = this.articles.findAllWithSections();
		assertThat(all).hasSize(13);
		assertThat(all.get(0).getFirstPassage()).isEqualTo(1);
		assertThat(all).extracting(Article::getPosition).isSorted();
		ArticleIndex index = ArticleIndex.of(all);
		assertThat(index.groups()).extracting(ArticleIndex.Group::kind)
			.containsExactly(ArticleGroup.INTRODUCTION, ArticleGroup.MODELS, ArticleGroup.PROS_AND_CONS,
					ArticleGroup.EXAMPLES_AND_GUIDANCE, ArticleGroup.VERDICT);
		assertThat(index.groups().get(2).items()).allSatisfy((item) -> {
			assertThat(item.points()).isTrue();
			assertThat(item.sections()).isBetween(4, 5);
		});
	}

}
