package org.aicompare.browser;

import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data section of the methodology page, in a real browser at desktop and phone
 * widths.
 */
class OpenDataBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theMethodologyOffersTheOpenDataWithItsLicence(int width) {
		Page page = open("/methodology#open-data", width, "methodology-open-data");
		Locator section = page.locator("#open-data");
		section.scrollIntoViewIfNeeded();
		assertThat(section.locator("h2").textContent()).isEqualTo("Open data");
		assertThat(section.textContent()).contains("CC BY 4.0", "remains its author");
		assertThat(section.locator(".open-data-links a").evaluateAll("links => links.map(a => a.getAttribute('href'))"))
			.isEqualTo(List.of("/compare.csv", "/projects.csv", "/projects/buyer-panel.csv", "/spectrum.csv", "/feed.atom",
					"/sitemap.xml"));
		section.screenshot(new Locator.ScreenshotOptions()
			.setPath(Paths.get("target", "screenshots", "open-data-section-" + width + ".png")));
		page.close();
	}

}
