package org.aicompare.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decentralization spectrum in a real browser at desktop and phone widths, with axe:
 * a profile's "Who holds what", /spectrum sorted and filtered by plain links, the
 * comparison's overlay and the page for a bad sort.
 */
class SpectrumBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aProfileShowsWhoHoldsWhatWithAChartAndItsEvidence(int width) {
		Page page = open("/projects/bittensor", width, "profile-spectrum");
		assertThat(page.locator("#spectrum svg.radar-chart").isVisible()).isTrue();
		assertThat(page.locator("#spectrum table.spectrum-axes tbody tr").count()).isEqualTo(5);
		assertThat(page.locator("#spectrum-governance").textContent()).contains("2 of 5", "2-of-3 multisig");
		page.locator("#spectrum figcaption a[href='#spectrum-governance']").click();
		assertThat(page.url()).endsWith("#spectrum-governance");
		assertThat(page.locator("#stated-versus-actual .gap").textContent()).isEqualTo("Large.");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theSpectrumSortsAndFiltersWithPlainLinks(int width) {
		Page page = open("/spectrum", width, "spectrum");
		assertThat(page.locator("table.spectrum-table tbody.reference-rows tr[id]").count()).isEqualTo(3);
		page.locator("thead a:text-is('Data')").click();
		page.waitForURL("**/spectrum?sort=data");
		assertThat(page.locator("table.spectrum-table tbody:not(.reference-rows) th[scope=row]").first().textContent())
			.isEqualTo("Ocean Protocol");
		page.locator(".filter-links a:text-is('Centralized only')").click();
		page.waitForURL("**/spectrum?model=centralized&sort=data");
		check(page, width, "spectrum-sorted-filtered");
		assertThat(page.locator("table.spectrum-table tbody:not(.reference-rows) th[scope=row]").count())
			.isEqualTo(6);
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theComparisonOverlaysTheSpectra(int width) {
		Page page = open("/projects/compare?slugs=meta-ai,ocean-protocol", width, "compare-spectrum");
		assertThat(page.locator("figure.spectrum-compare .radar-outline").count()).isEqualTo(2);
		assertThat(page.locator("#spectrum-data td .rating-text").allTextContents()).containsExactly("3 of 5",
				"5 of 5");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anUnknownSortGetsAPageNamingTheAxes(int width) {
		Page page = openError("/spectrum?sort=nope", 400, width, "spectrum-sort-unknown");
		assertThat(page.locator("main").textContent()).contains("nope", "governance", "ownership");
		page.close();
	}

}
