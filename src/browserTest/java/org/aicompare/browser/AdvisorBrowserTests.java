package org.aicompare.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor as a reader uses it: pick priorities, weigh them, get a result whose address
 * can be shared.
 */
class AdvisorBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aReaderWeighsPrioritiesAndGetsAShareableRecommendation(int width) {
		Page page = open("/advisor", width, "advisor-form");
		page.locator("#include-data-ownership").check();
		page.locator("label[for=weight-data-ownership-3]").click();
		page.locator("#include-speed").check();
		page.locator("#include-transparency").check();
		page.locator(".advisor-form button[type=submit]").click();
		page.waitForURL("**/advisor?priority=speed&priority=transparency&priority=data-ownership:3");
		assertThat(page.locator("#recommendation").getAttribute("data-model")).isEqualTo("decentralized");
		assertThat(page.locator("table.breakdown tbody tr").count()).isEqualTo(3);
		page.close();
		open("/advisor?priority=speed&priority=transparency&priority=data-ownership:3", width, "advisor-result").close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anEvenMixOfTheSourcesPrioritiesShowsItsFragility(int width) {
		Page page = open("/advisor?priority=speed&priority=reliability&priority=enterprise-support"
				+ "&priority=proven-performance&priority=transparency&priority=data-ownership"
				+ "&priority=community-participation&priority=reduced-vendor-lock-in", width, "advisor-mix");
		assertThat(page.locator("#recommendation").getAttribute("data-model")).isEqualTo("hybrid");
		assertThat(page.locator(".tip").textContent()).contains("would lead");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theSamePrioritiesFilterTheMatrixAndTheOrganisations(int width) {
		Page matrix = open("/compare?priority=data-ownership&priority=transparency", width, "compare-priorities");
		assertThat(matrix.locator("table.compare-matrix tbody tr").first().getAttribute("id"))
			.isEqualTo("dimension-data-ownership");
		assertThat(matrix.locator("tr.focused").count()).isEqualTo(4);
		matrix.close();
		Page organisations = open("/projects?priority=transparency:3", width, "projects-priorities");
		assertThat(organisations.locator(".org-card").first().getAttribute("id")).isEqualTo("org-bittensor");
		assertThat(organisations.locator(".org-fit").first().textContent()).contains("of 100");
		organisations.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aPresetFillsTheFormAndTheResult(int width) {
		Page page = open("/advisor", width, "advisor-presets");
		page.locator(".presets a").first().click();
		page.waitForURL("**/advisor?priority=speed:3**");
		assertThat(page.locator("#recommendation").isVisible()).isTrue();
		assertThat(page.locator("#include-speed").isChecked()).isTrue();
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void mustHavesComeFirstAndTheArithmeticFitsTheScreen(int width) {
		Page page = open("/advisor", width, "advisor-must-haves-form");
		page.locator("#must-haves input[value=eu-data-residency]").check();
		page.locator("#must-haves input[value=dpa-offered]").check();
		page.locator("#include-reliability").check();
		page.locator("#include-data-ownership").check();
		page.locator(".advisor-form button[type=submit]").click();
		page.waitForURL("**/advisor?priority=*require=eu-data-residency&require=dpa-offered");
		check(page, width, "advisor-must-haves");
		assertThat(page.locator("#todo").textContent()).contains("Best-fitting organisations that meet every must-have");
		assertThat(page.locator(".require-unknown li[data-organisation=bittensor]").count()).isEqualTo(1);
		assertThat(page.locator("#must-haves input[value=dpa-offered]").isChecked()).isTrue();
		Locator lastCell = page.locator("table.breakdown tbody tr").first().locator("td").last();
		BoundingBox box = lastCell.boundingBox();
		assertThat(box.x + box.width).as("the last column is on screen without scrolling").isLessThanOrEqualTo(width);
		page.close();
	}

	@Test
	void aDecisionExportedInAnyFormatCarriesWhatThePageShows() throws IOException {
		String query = "priority=speed&priority=transparency&priority=data-ownership:3&require=dpa-offered";
		Page page = open("/advisor?" + query, DESKTOP, "advisor-exports");
		String winner = page.locator("#recommendation").getAttribute("data-model");
		String firstOrganisation = page.locator("ol.matches li").first().getAttribute("data-organisation");
		Download json = page.waitForDownload(() -> page.locator(".downloads a[href^='/advisor.json']").click());
		assertThat(json.suggestedFilename()).isEqualTo("aicompare-decision.json");
		String decision = Files.readString(json.path(), StandardCharsets.UTF_8);
		assertThat(decision).contains("\"recommendation\":\"" + winner + "\"",
				"{\"model\":\"" + firstOrganisation + "\",\"score\":",
				"{\"organisation\":\"" + firstOrganisation + "\",\"status\":\"MET\"",
				"\"standings\":[", "\"tippingPoint\"", "\"patterns\":{", "\"accessedIso\":\"",
				"/advisor?" + query);
		Download csv = page.waitForDownload(() -> page.locator(".downloads a[href^='/advisor.csv']").click());
		assertThat(csv.suggestedFilename()).isEqualTo("aicompare-decision.csv");
		String rows = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(rows.lines().findFirst().orElseThrow()).endsWith("computed_on,content_version,page");
		assertThat(rows).contains("\norganisation," + firstOrganisation + ",met,", "\nrecommended,", "\nmust-have,dpa-offered,", "\norganisation,", "\npattern,",
				"/advisor?" + query);
		page.locator(".downloads a[href^='/advisor/print']").click();
		page.waitForURL("**/advisor/print?**");
		check(page, DESKTOP, "advisor-print");
		assertThat(page.locator("#recommendation").getAttribute("data-model")).isEqualTo(winner);
		assertThat(page.locator(".tip").first().textContent()).isNotBlank();
		assertThat(page.locator("#cite .cite-text").textContent()).contains("/advisor?" + query);
		assertThat(page.locator("ol.matches li").first().getAttribute("data-organisation")).isEqualTo(firstOrganisation);
		page.close();
	}

}
