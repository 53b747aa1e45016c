package org.aicompare.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleKind;
import org.aicompare.source.Citations;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.SourcePassage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the caches keep for the pages is plain values: after every cached page has been
 * shown, no value reachable from any cache entry is a JPA entity or a Hibernate proxy, so
 * a template can only reach what its page model holds and never a lazy association.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CachedPageModelsTests {

	private static final List<String> PAGES = List.of("/", "/articles", "/articles/key-differences",
			"/articles/advantages-of-centralized-ai", "/projects", "/projects?priority=speed", "/projects/openai",
			"/projects/bittensor", "/compare", "/compare?priority=transparency:3", "/models/centralized",
			"/models/hybrid", "/advisor?priority=speed&priority=transparency:3",
			"/advisor.json?priority=data-ownership", "/api/v1/advice?priority=cost-efficiency");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CacheManager caches;

	@Test
	void everyCachedPageModelHoldsOnlyPlainValues() {
		PAGES.forEach((page) -> assertThat(this.mvc.get().uri(page).exchange().getResponse().getStatus()).as(page)
			.isEqualTo(200));
		List<String> problems = new ArrayList<>();
		List<String> filled = new ArrayList<>();
		for (String name : this.caches.getCacheNames()) {
			Cache<Object, Object> cache = ((CaffeineCache) this.caches.getCache(name)).getNativeCache();
			for (Map.Entry<Object, Object> entry : cache.asMap().entrySet()) {
				filled.add(name);
				problems.addAll(PlainValues.problems(entry.getValue(), name + "(" + entry.getKey() + ")"));
			}
		}
		assertThat(filled).contains("home", "matrix", "article-index", "article-pages", "project-list",
				"project-profiles", "advisor-data");
		assertThat(problems).isEmpty();
	}

	@Test
	void theWalkFindsAnEntityHiddenInARecordInAList() {
		Article article = new Article("a", "A", false, ArticleKind.MODEL, null, 0, "Summary.", 1, 2);
		record Holder(String title, List<Object> items) {
		}
		assertThat(PlainValues.problems(new Holder("x", List.of("plain", article)), "page"))
			.containsExactly("page.items[1]: the JPA entity " + Article.class.getName());
	}

	@Test
	void theWalkFindsAnEntityInTheFieldsOfAProjectClass() {
		Passage passage = new Passage(new SourcePassage(1, PassageKind.PARAGRAPH, "Text.", "Text.", null, "Intro"));
		assertThat(PlainValues.problems(Citations.of(List.of(passage)), "citations")).isEmpty();
		assertThat(PlainValues.problems(Map.of("passage", passage), "page"))
			.containsExactly("page[passage]: the JPA entity " + Passage.class.getName());
	}

}
