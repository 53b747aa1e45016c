package org.aicompare.browser;


import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader comments on an article: from the article to the form, a mistake named next to
 * its field, then the thank-you page, at desktop and phone widths. The form's minimum time
 * and the wait between comments are off, so the browser need not sleep.
 */
@TestPropertySource(properties = { "aicompare.comments.minimum-form-seconds=0", "aicompare.comments.flood-seconds=0" })
class CommentBrowserTests extends BrowserTestSupport {

	private static final String ARTICLE = "/articles/key-differences";

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aReaderFollowsTheLinkFillsTheFormAndIsThanked(int width) {
		Page page = open(ARTICLE, width, "comment-article");
		assertThat(page.context().cookies()).isEmpty();
		page.locator(".comments a", new Page.LocatorOptions().setHasText("Write a comment")).click();
		page.waitForURL("**" + ARTICLE + "/comments/new");
		check(page, width, "comment-form");
		assertThat(page.locator("h1").textContent()).startsWith("Comment on");

		page.getByLabel("Your comment").fill("Governance differs most: who decides, and how openly?\nAsked at " + width
				+ " px.");
		page.locator(".comment-form button[type=submit]").click();
		page.waitForLoadState();
		check(page, width, "comment-form-problem");
		assertThat(page.locator("#comment-name-error").textContent()).contains("Give a name");
		assertThat(page.getByLabel("Your comment").inputValue()).contains("Asked at " + width + " px.");

		page.getByLabel("Your name").fill("Ada Reader");
		page.getByLabel("Your email (optional)").fill("ada@example.org");
		page.locator(".comment-form button[type=submit]").click();
		page.waitForURL("**" + ARTICLE + "/comments/received");
		check(page, width, "comment-received");
		assertThat(page.locator("main").textContent()).contains("Thank you: your comment is awaiting moderation.");
		assertThat(page.context().cookies()).isEmpty();

		page.locator("main a", new Page.LocatorOptions().setHasText("Back to")).click();
		page.waitForURL("**" + ARTICLE + "#comments-heading");
		assertThat(page.locator(".comments").textContent()).doesNotContain("Asked at " + width);
		page.close();
	}

}
