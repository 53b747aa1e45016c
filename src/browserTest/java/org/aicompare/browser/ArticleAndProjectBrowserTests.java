package org.aicompare.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles and the organisation pages, in a real browser at desktop and phone widths.
 */
class ArticleAndProjectBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void articlesAreListedInReadingOrderByGroup(int width) {
		Page page = open("/articles", width, "articles");
		assertThat(page.locator(".article-card h3").count()).isEqualTo(13);
		assertThat(page.locator(".article-group h2").allTextContents()).containsExactly("Introduction", "The models",
				"Pros and cons", "Examples and guidance", "Verdict");
		assertThat(page.locator(".article-card h3").first().textContent()).contains("Decentralized AI vs Centralized AI");
		assertThat(page.locator(".article-card h3").last().textContent()).contains("Conclusion");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theIntroductionCarriesTheSourcesCommentThread(int width) {
		Page page = open("/articles/decentralized-vs-centralized-ai", width, "article-introduction");
		assertThat(page.locator(".title-note").textContent()).contains("the site gave this part its title");
		Locator thread = page.locator(".comment-list > li.comment");
		assertThat(thread.count()).isEqualTo(4);
		assertThat(thread.first().locator(".replies .author-badge").isVisible()).isTrue();
		assertThat(page.locator(".comments").textContent()).doesNotContain("[Product/Tool]");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aProsAndConsArticleShowsEachPointWithItsCitations(int width) {
		Page page = open("/articles/advantages-of-centralized-ai", width, "article-advantages");
		assertThat(page.locator(".article-section h2").allTextContents()).containsExactly("Superior Performance",
				"Faster Innovation", "Better User Experience", "Strong Funding");
		assertThat(page.locator(".toc a").count()).isEqualTo(4);
		page.locator(".toc a", new Page.LocatorOptions().setHasText("Strong Funding")).click();
		page.waitForURL("**#strong-funding");
		assertThat(page.locator("#passage-70 a.cite").getAttribute("href")).isEqualTo("/sources#p-70");
		assertThat(page.locator(".related-links").textContent()).contains("OpenAI", "Google DeepMind", "Anthropic");
		assertThat(page.locator("a[rel=next]").textContent()).contains("Challenges of Centralized AI");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void organisationsCanBeFilteredAndPickedForComparison(int width) {
		Page page = open("/projects", width, "projects");
		assertThat(page.locator(".org-card").count()).isEqualTo(10);
		assertThat(page.locator(".result-count").textContent()).contains("Showing all 10 of 10");
		page.locator(".org-card#org-openai input[name=slugs]").check();
		page.locator(".org-card#org-bittensor input[name=slugs]").check();
		page.locator(".compare-bar button").first().click();
		page.waitForURL("**/projects/compare?slugs=*");
		assertThat(page.locator("table.org-compare thead th").allTextContents()).contains("OpenAI", "Bittensor");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theDecentralizedOrganisationsAreFourAndTheFormSaysSo(int width) {
		Page page = open("/projects?model=decentralized", width, "projects-decentralized");
		assertThat(page.locator(".org-card h2").allTextContents()).containsExactly("Bittensor", "SingularityNET",
				"Fetch.ai", "Ocean Protocol");
		assertThat(page.locator("#filter-model").inputValue()).isEqualTo("decentralized");
		assertThat(page.locator(".result-count").textContent()).contains("Showing 4 of 10");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aProfileKeepsTheSourcesWordsApartFromTheAddedFacts(int width) {
		Page page = open("/projects/openai", width, "project-openai");
		assertThat(page.locator("h1").textContent()).isEqualTo("OpenAI");
		assertThat(page.locator(".source-says q").allTextContents()).contains("Known for ChatGPT and advanced language models.");
		Locator facts = page.locator(".added-facts");
		assertThat(facts.locator(".fact-group h3").allTextContents()).startsWith("Founded", "Based in");
		// Every fact shows the date its source gives, or says it is only the date it was
		// checked. (OpenAI's facts carry no doubt; Fetch.ai's founding year does.)
		assertThat(facts.locator(".as-of").allTextContents()).isNotEmpty()
			.allMatch((date) -> date.startsWith("as of ") || date.startsWith("checked "));
		assertThat(facts.locator("a[href='/sources#ref-S1']").count()).isPositive();
		page.close();
		Page fetch = open("/projects/fetch-ai", width, "project-fetch-ai");
		assertThat(fetch.locator(".added-facts .uncertain").count()).isPositive();
		fetch.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aDecentralizedProfileShowsItsTokenFacts(int width) {
		Page page = open("/projects/bittensor", width, "project-bittensor");
		assertThat(page.locator(".added-facts").textContent()).contains("Token", "TAO");
		assertThat(page.locator(".related-links[aria-labelledby=articles-heading]").textContent()).contains("Real-World Examples");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theComparisonShowsWhereOrganisationsDiffer(int width) {
		Page page = open("/projects/compare?slugs=openai,bittensor,ocean-protocol", width, "projects-compare");
		assertThat(page.locator("table.org-compare thead th").allTextContents()).containsExactly("Field", "OpenAI",
				"Bittensor", "Ocean Protocol");
		assertThat(page.locator("tr.differs .differs-badge").first().isVisible()).isTrue();
		assertThat(page.locator("tbody th[scope=row]").first().isVisible()).isTrue();
		assertThat(page.locator(".scroll-hint").isVisible()).isEqualTo(width == PHONE);
		Locator rowName = page.locator("tbody th[scope=row]").first();
		double before = rowName.boundingBox().x;
		page.locator(".table-scroll").evaluate("scroller => scroller.scrollLeft = 400");
		assertThat(rowName.boundingBox().x).as("the row names stay in place").isEqualTo(before);
		page.close();
	}

}
