package org.aicompare.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page and the cited-by lines of the sources page, in a real browser at desktop
 * and phone widths.
 */
class SearchBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anEmptySearchExplainsWhatCanBeSearched(int width) {
		Page page = open("/search", width, "search-help");
		assertThat(page.locator("h1").textContent()).isEqualTo("Search the site");
		assertThat(page.locator(".search-scope li").count()).isEqualTo(6);
		page.locator(".search-examples a", new Page.LocatorOptions().setHasText("data ownership")).first().click();
		page.waitForURL("**/search?q=data*ownership");
		assertThat(page.locator(".search-result").count()).isPositive();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void owningFindsOwnershipWithTheMatchesMarked(int width) {
		Page page = open("/search?q=owning", width, "search-owning");
		assertThat(page.locator("h1").textContent()).contains("owning");
		assertThat(page.locator(".search-count strong").textContent()).matches("\\d+ results, best first\\.");
		Locator results = page.locator(".search-result");
		assertThat(results.count()).isBetween(2, 20);
		assertThat(results.first().locator("mark").first().textContent()).isEqualToIgnoringCase("ownership");
		assertThat(page.locator(".search-result a[href='/compare#dimension-data-ownership']").count()).isPositive();
		assertThat(page.locator(".search-snippet mark").allTextContents()).contains("owned", "own");
		assertThat(page.locator("#search-q").inputValue()).isEqualTo("owning");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void bittensorLeadsToItsProfile(int width) {
		Page page = open("/search?q=bittensor", width, "search-bittensor");
		Locator first = page.locator(".search-result").first();
		assertThat(first.locator(".search-kind").textContent()).isEqualTo("Organisation");
		first.locator("h2 a").click();
		page.waitForURL("**/projects/bittensor");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void everyWordAndAPhraseInQuotesNarrowTheSearch(int width) {
		Page page = open("/search?q=data", width, "search-data");
		int data = total(page);
		page.close();
		page = open("/search?q=data%20ownership", width, "search-data-ownership");
		int both = total(page);
		page.close();
		page = open("/search?q=%22data%20ownership%22", width, "search-data-ownership-phrase");
		int phrase = total(page);
		assertThat(page.locator(".search-result a[href='/compare#dimension-data-ownership']").count()).isPositive();
		page.close();
		assertThat(both).isLessThan(data);
		assertThat(phrase).isPositive().isLessThanOrEqualTo(both);
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void wordsThatFindNothingTogetherSayWhatEachFindsAlone(int width) {
		Page page = open("/search?q=bittensor%20zebra", width, "search-alternatives");
		assertThat(page.locator("main").textContent()).contains("No page has all of these words together");
		assertThat(page.locator(".search-alternatives a").allTextContents()).containsExactly("bittensor");
		page.close();
	}

	private static int total(Page page) {
		String count = page.locator(".search-count strong").textContent();
		return count.startsWith("One ") ? 1 : Integer.parseInt(count.substring(0, count.indexOf(' ')).replace(",", ""));
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aSearchWithNoResultsSuggestsOthers(int width) {
		Page page = open("/search?q=zebra", width, "search-none");
		assertThat(page.locator("main").textContent()).contains("Nothing on the site matches");
		assertThat(page.locator(".search-examples a").count()).isPositive();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void sourcesSayWhichPagesCiteEachPassage(int width) {
		Page page = open("/sources", width, "sources-cited-by");
		Locator control = page.locator("#p-36 .cited-by");
		assertThat(control.isVisible()).isTrue();
		assertThat(control.textContent()).contains("Cited by:", "Comparison matrix", "Decentralized AI vs Centralized AI");
		assertThat(control.locator("a[href='/compare']").count()).isEqualTo(1);
		assertThat(page.locator("#p-244 .cited-by").count()).as("the spam comment no page cites").isZero();
		page.close();
	}

}
