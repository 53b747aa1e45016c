package org.aicompare.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hybrid patterns in a real browser at desktop and phone widths, with axe: the list,
 * a pattern's page, an unknown pattern, and the advisor naming the best pattern.
 */
class HybridBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theListQuotesTheSourceAndRatesEveryPattern(int width) {
		Page page = open("/hybrid", width, "hybrid-patterns");
		assertThat(page.locator(".pattern-list > li").count()).isEqualTo(6);
		assertThat(page.locator(".pattern-ratings tbody tr").count()).isEqualTo(6);
		assertThat(page.locator(".pattern-ratings thead th").count()).isEqualTo(9);
		assertThat(page.locator(".quoted-list").textContent()).contains("Possible scenario:");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aPatternSaysWhatRunsWhereAndLinksItsSources(int width) {
		Page page = open("/hybrid/openai-compatible-endpoint", width, "hybrid-pattern");
		assertThat(page.locator(".axes dt").allTextContents()).containsExactly("Compute", "Data", "Models",
				"Governance", "Ownership");
		assertThat(page.locator(".parties a[href='/projects/bittensor']").count()).isEqualTo(1);
		assertThat(page.locator(".ratings-table tbody tr").count()).isEqualTo(8);
		assertThat(page.locator("#ref-DN-E2 a[href^='https://']").getAttribute("href"))
			.isEqualTo("https://github.com/anomalyco/models.dev/pull/1308");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anUnknownPatternGetsAPageNamingTheValidOnes(int width) {
		Page page = openError("/hybrid/cheapest", 404, width, "hybrid-pattern-unknown");
		assertThat(page.locator("main").textContent()).contains("cheapest", "compute-to-data", "federated-learning");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theAdvisorRanksThePatternsForThePriorities(int width) {
		Page page = open("/advisor?priority=data-ownership:3&priority=digital-sovereignty:3", width,
				"advisor-hybrid-patterns");
		assertThat(page.locator(".pattern-scores li").first().getAttribute("data-pattern"))
			.isEqualTo("compute-to-data");
		assertThat(page.locator(".pattern-breakdown tbody tr").count()).isEqualTo(2);
		page.close();
	}

}
