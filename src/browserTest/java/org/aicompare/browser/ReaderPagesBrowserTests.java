package org.aicompare.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a reader opens, in a real browser at desktop and phone widths.
 */
class ReaderPagesBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void homeShowsTheModelsAndAMatrixThatStaysReadable(int width) {
		Page page = open("/", width, "home");
		assertThat(page.locator(".card h3").allTextContents()).containsExactly("Centralized AI", "Decentralized AI",
				"Hybrid AI");
		Locator rows = page.locator("table.matrix tbody tr");
		assertThat(rows.count()).isEqualTo(8);
		assertThat(page.locator("table.matrix tbody th").first().isVisible()).isTrue();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void citationsLeadToTheirPassageInTheSourceText(int width) {
		Page page = open("/", width, "home-citation");
		page.locator("#dimension-control td[data-model=centralized] a.cite").click();
		page.waitForURL("**/sources#p-36");
		assertThat(page.locator("#p-36").textContent()).contains("| Control | Single organization | Distributed network |");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void sourcesShowEveryPassageAndTheRepairs(int width) {
		Page page = open("/sources", width, "sources");
		assertThat(page.locator("li.passage").count()).isEqualTo(244);
		assertThat(page.locator("#p-21").textContent()).contains("What Is Decentralized AI?", "Repaired for display");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void errorPagesSayWhatWasWrongWithinTheSitesMargins(int width) {
		Page bad = openError("/compare?models=nope", 400, width, "error-400");
		assertThat(bad.locator("main").textContent()).contains("\u201cnope\u201d", "centralized");
		assertThat(bad.locator("main h1").boundingBox().x).as("the heading keeps the page margin").isGreaterThanOrEqualTo(12);
		bad.close();
		Page missing = openError("/articles/nope", 404, width, "error-404");
		assertThat(missing.locator("main h1").textContent()).isEqualTo("Page not found");
		assertThat(missing.locator("main h1").boundingBox().x).isGreaterThanOrEqualTo(12);
		missing.close();
	}

}
