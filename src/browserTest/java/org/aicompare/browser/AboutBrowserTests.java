package org.aicompare.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who stands behind the site and the corrections made, in a real browser at desktop and
 * phone widths, reached from the footer as a reader would; and the "Cite this page" block
 * of a profile.
 */
class AboutBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theFooterLeadsToWhoPublishesTheSiteAndTheCorrections(int width) {
		Page home = open("/", width, "home-for-about");
		home.locator("footer a[href='/about']").click();
		home.waitForURL("**/about");
		check(home, width, "about");
		assertThat(home.locator("h1").textContent()).isEqualTo("Who stands behind this site");
		assertThat(home.locator(".unconfigured").textContent()).contains("unconfigured");
		Locator corrections = home.locator("#corrections li.correction");
		assertThat(corrections.count()).isGreaterThanOrEqualTo(9);
		Locator amazon = home.locator("#correction-amazon-anthropic");
		amazon.scrollIntoViewIfNeeded();
		assertThat(amazon.isVisible()).isTrue();
		assertThat(amazon.textContent()).contains("What was wrong", "What it is now", "FC-C1");
		home.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aCorrectedFactLeadsToItsCorrectionAndTheProfileCanBeCited(int width) {
		Page profile = open("/projects/amazon-ai", width, "profile-corrected-fact");
		Locator cite = profile.locator("#cite");
		cite.scrollIntoViewIfNeeded();
		assertThat(cite.locator("cite").textContent()).contains("Amazon AI: profile", "/projects/amazon-ai",
				"content revision", "accessed");
		profile.locator("a.corrected[href='/about#correction-amazon-anthropic']").click();
		profile.waitForURL("**/about#correction-amazon-anthropic");
		assertThat(profile.locator("#correction-amazon-anthropic").isVisible()).isTrue();
		profile.close();
	}

}
