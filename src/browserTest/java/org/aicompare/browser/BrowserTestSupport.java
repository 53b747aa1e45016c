package org.aicompare.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the site on a random port and drives Debian's Chromium through Playwright: each page
 * is opened at a given width, must load without console errors or WCAG 2.2 AA violations,
 * and leaves a screenshot under {@code target/screenshots}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	/** A desktop window. */
	static final int DESKTOP = 1280;

	/** A small phone. */
	static final int PHONE = 360;

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	private int port;

	private Playwright playwright;

	private Browser browser;

	@BeforeAll
	void launchChromium() {
		this.playwright = Playwright.create();
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	void closeChromium() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/**
	 * Open a page at a width, check it as a reader's browser would, and keep a screenshot.
	 * @param path the path to open
	 * @param width the window width in CSS pixels
	 * @param name the screenshot's name
	 * @return the open page, for further checks
	 */
	Page open(String path, int width, String name) {
		List<String> problems = new ArrayList<>();
		Page page = navigate(path, width, problems);
		check(page, width, name);
		assertThat(problems).as("console errors on %s", path).isEmpty();
		return page;
	}

	/**
	 * Check a page as a reader's browser would, wherever it was reached from (opened, or
	 * after a click or a post): keep a screenshot, and fail on WCAG 2.2 AA violations
	 * (among them targets smaller than 24 px) and on sideways scrolling.
	 * @param page the page
	 * @param width the window width in CSS pixels
	 * @param name the screenshot's name
	 */
	static void check(Page page, int width, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
			.setFullPage(true));
		AxeResults axe = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
		assertThat(axe.getViolations()).as("WCAG 2.2 AA violations on %s at %d px: %s", name, width,
				axe.getViolations().stream().map(Rule::getId).toList())
			.isEmpty();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("%s fits %d px without sideways scrolling", name, width)
			.isLessThanOrEqualTo(width);
	}

	/**
	 * Open a page in a browser with JavaScript switched off, as a reader who blocks
	 * scripts would, expecting a page the site answers with success.
	 * @param path the path to open
	 * @param width the window width in CSS pixels
	 * @return the open page
	 */
	Page openWithoutJavaScript(String path, int width) {
		Page page = this.browser
			.newPage(new Browser.NewPageOptions().setViewportSize(width, 900).setJavaScriptEnabled(false));
		assertThat(page.navigate("http://localhost:" + this.port + path).status()).as(path).isLessThan(400);
		return page;
	}

	/**
	 * Open an address the site refuses, expecting its error page with the given status,
	 * and check that page like any other. (The browser logs the status itself as a
	 * console error, so console errors are not collected here.)
	 * @param path the path to open
	 * @param status the status the site should answer with
	 * @param width the window width in CSS pixels
	 * @param name the screenshot's name
	 * @return the open page
	 */
	Page openError(String path, int status, int width, String name) {
		Page page = this.browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900));
		assertThat(page.navigate("http://localhost:" + this.port + path).status()).as(path).isEqualTo(status);
		check(page, width, name);
		return page;
	}

	/**
	 * Open a page that is not the site's own (such as Swagger UI), collecting its console
	 * errors instead of failing on them and without the accessibility checks.
	 * @param path the path to open
	 * @param problems where console errors and page errors go
	 * @return the open page
	 */
	Page openCollectingErrors(String path, List<String> problems) {
		return navigate(path, DESKTOP, problems);
	}

	private Page navigate(String path, int width, List<String> problems) {
		Page page = this.browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900));
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		Response response = page.navigate("http://localhost:" + this.port + path);
		assertThat(response.status()).as(path).isLessThan(400);
		return page;
	}

	private static String chromium() {
		return System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
	}

}
