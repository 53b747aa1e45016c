package org.aicompare.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "For a business" panel, the Transparency Index history and the requirement filter,
 * in a real browser at desktop and phone widths, with axe.
 */
class BuyerPanelBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aProfileShowsWhatABusinessAsksWithReferencesToFollow(int width) {
		Page page = open("/projects/anthropic", width, "profile-for-a-business");
		assertThat(page.locator("#for-a-business .buyer-row").count()).isEqualTo(9);
		assertThat(page.locator("#buyer-eu_residency .finding").textContent()).isEqualTo("Partly");
		assertThat(page.locator("#buyer-sla .finding").textContent()).isEqualTo("None found as of 2026-12-02");
		assertThat(page.locator("#buyer-training .buyer-refs a[href^='https://']").first().getAttribute("href"))
			.isEqualTo("https://platform.claude.com/docs/en/manage-claude/api-and-data-retention");
		assertThat(page.locator("#transparency-index tbody tr").count()).isEqualTo(3);
		assertThat(page.locator("#transparency-index .caveat").isVisible()).isTrue();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aNetworkProfileSaysHowABusinessUsesItAndThatTheIndexDoesNotScoreIt(int width) {
		Page page = open("/projects/fetch-ai", width, "profile-network-for-a-business");
		assertThat(page.locator("#for-a-business dt").first().textContent())
			.isEqualTo("How does a business use it today?");
		assertThat(page.locator("#transparency-index").textContent())
			.contains("does not score decentralized networks such as Fetch.ai");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void requirementsAreTickedInAPlainFormAndTheAnswerKeepsUnknownApart(int width) {
		Page page = open("/projects", width, "projects-requirements-form");
		page.locator("input[name=require][value=open-weights]").check();
		page.locator("input[name=require][value=openai-compatible-api]").check();
		page.locator(".filter-form button[type=submit]").click();
		page.waitForURL("**/projects?*require=open-weights&require=openai-compatible-api*");
		check(page, width, "projects-requirements");
		assertThat(page.locator(".org-card h2").allTextContents()).containsExactly("Bittensor");
		assertThat(page.locator(".require-unknown").textContent()).contains("Microsoft AI", "SingularityNET");
		assertThat(page.locator("input[type=checkbox][name=require][value=open-weights]").isChecked()).isTrue();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theComparisonLinesUpThePanels(int width) {
		Page page = open("/projects/compare?slugs=openai,meta-ai,bittensor", width, "compare-for-a-business");
		assertThat(page.locator("#buyer-open_weights td .finding").allTextContents()).containsExactly("Partly", "Yes",
				"Yes");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anUnknownRequirementGetsAPageNamingTheValidOnes(int width) {
		Page page = openError("/projects?require=cheap", 400, width, "projects-requirement-unknown");
		assertThat(page.locator("main").textContent()).contains("cheap", "eu-data-residency", "published-sla");
		page.close();
	}

}
