package org.aicompare.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide as a reader uses it: from nothing to weighted advice by answering either-or
 * questions, in a browser with JavaScript switched off.
 */
class GuideBrowserTests extends BrowserTestSupport {

	private static final List<String> UNTICKED = List.of("reliability", "enterprise-support", "proven-performance",
			"community-participation", "reduced-vendor-lock-in");

	@ParameterizedTest
	@ValueSource(ints = { PHONE, DESKTOP })
	void aReaderAnswersToTheEndWithoutJavaScriptAndGetsWeightedAdvice(int width) {
		Page page = openWithoutJavaScript("/advisor/guide", width);
		checkWithJavaScript(page, width, "guide-start");
		assertThat(page.locator("input[name=priority]:checked").count()).isEqualTo(8);
		for (String slug : UNTICKED) {
			page.locator("label[for=guide-" + slug + "]").click();
		}
		page.locator(".advisor-form button[type=submit]").click();
		page.waitForURL("**/advisor/guide?priority=speed&priority=transparency&priority=data-ownership");
		int questions = 0;
		while (page.locator("form.guide-question").count() > 0) {
			questions++;
			assertThat(page.locator(".guide-progress").textContent()).contains("Question " + questions + " of at most");
			checkWithJavaScript(page, width, "guide-question-" + questions);
			String first = page.locator("#answer-first").getAttribute("value");
			String second = page.locator("#answer-second").getAttribute("value");
			// Data ownership whenever it is asked about; otherwise the first named.
			String choice = second.startsWith("data-ownership.") ? "answer-second" : "answer-first";
			assertThat(first).contains(".over.");
			page.locator("label[for=" + choice + "]").click();
			page.locator("form.guide-question button[type=submit]").click();
			page.waitForLoadState();
		}
		assertThat(questions).isBetween(2, 3);
		assertThat(page.url()).contains("answer=");
		checkWithJavaScript(page, width, "guide-result");
		assertThat(page.locator("tr[data-priority=data-ownership]").getAttribute("data-weight")).isEqualTo("3");
		assertThat(page.locator("#recommendation").getAttribute("data-model")).isEqualTo("decentralized");
		assertThat(page.locator("table.breakdown tbody tr").count()).isEqualTo(3);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator(".guide-answer-list a").first().isVisible()).as("no links to answer again in print")
			.isFalse();
		assertThat(page.locator("#recommendation").isVisible()).isTrue();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		page.locator("a.guide-adjust").click();
		page.waitForURL("**/advisor?priority=**");
		assertThat(page.url()).contains("data-ownership:3");
		assertThat(page.locator("#weight-data-ownership-3").isChecked()).isTrue();
		page.close();
	}

	/**
	 * Check the page a reader without JavaScript reached: axe needs a script, so it runs on
	 * the same address (the page's whole state) in a browser with JavaScript on, at the same
	 * width.
	 */
	private void checkWithJavaScript(Page page, int width, String name) {
		String path = page.url().substring(page.url().indexOf("/advisor"));
		open(path, width, name).close();
	}

	@Test
	void answeringAPairAgainCanCloseACircleThatIsReported() {
		Page page = open("/advisor/guide?priority=speed&priority=trust&priority=openness"
				+ "&answer=speed.over.trust&answer=speed.over.openness&answer=trust.over.openness", PHONE, "guide-done");
		page.locator(".guide-answer-list li").nth(1).locator("a").click();
		page.waitForURL("**again=speed.over.openness");
		check(page, PHONE, "guide-again");
		page.locator("label[for=answer-second]").click();
		page.locator("form.guide-question button[type=submit]").click();
		page.waitForURL("**answer=openness.over.speed**");
		check(page, PHONE, "guide-cycle");
		assertThat(page.locator(".guide-cycles li").count()).isEqualTo(3);
		assertThat(page.locator("tr[data-priority=speed]").getAttribute("data-weight")).isEqualTo("2");
		page.close();
	}

	@Test
	void aTamperedAddressGetsThePageThatOffersAFreshStart() {
		Page page = openError("/advisor/guide?priority=speed&priority=trust&answer=speed.over.trust&answer=trust.over.speed",
				400, PHONE, "guide-invalid");
		assertThat(page.locator("main").textContent()).contains("answers a pair that was already answered");
		page.locator("a.guide-restart").click();
		page.waitForURL("**/advisor/guide");
		assertThat(page.locator("input[name=priority]:checked").count()).isEqualTo(8);
		page.close();
	}

}
