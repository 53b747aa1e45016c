package org.aicompare.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator signs in, approves a reader's comment and finds it on the article, at
 * desktop and phone widths.
 */
@TestPropertySource(properties = { "aicompare.comments.minimum-form-seconds=0", "aicompare.comments.flood-seconds=0",
		"aicompare.moderator.username=editor",
		// The BCrypt hash of "moderate-me".
		"aicompare.moderator.password-hash=$2a$04$8N/nUCo1pZEmECT7KP95autVgOt9YyqY8HP/elwMTfS7NaQDizkt." })
class ModerationBrowserTests extends BrowserTestSupport {

	private static final String ARTICLE = "/articles/key-differences";

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aModeratorApprovesAReadersComment(int width) {
		String text = "Which model keeps my data at home? Asked for moderation at " + width + " px.";
		Page reader = open(ARTICLE + "/comments/new", width, "moderation-comment-form");
		reader.getByLabel("Your name").fill("Ada Reader");
		reader.getByLabel("Your comment").fill(text);
		reader.locator(".comment-form button[type=submit]").click();
		reader.waitForURL("**" + ARTICLE + "/comments/received");
		reader.close();

		Page page = open("/admin/comments", width, "moderation-login");
		assertThat(page.url()).endsWith("/admin/login");
		page.getByLabel("Name").fill("editor");
		page.getByLabel("Password").fill("moderate-me");
		page.locator("main form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/admin/comments(\\?continue)?$"));
		check(page, width, "moderation-queue");
		Locator comment = page.locator(".admin-queue > li", new Page.LocatorOptions().setHasText(text));
		assertThat(comment.locator(".comment-text").textContent()).isEqualTo(text);
		comment.locator("button", new Locator.LocatorOptions().setHasText("Approve")).click();
		page.waitForURL(Pattern.compile("/admin/comments\\?status=pending&page=1$"));
		assertThat(page.locator("main").textContent()).contains("approved and published");

		page.navigate(page.url().replaceAll("/admin/comments.*", "/admin/audit"));
		check(page, width, "moderation-audit");
		assertThat(page.locator("tbody tr").first().textContent()).contains("editor").contains("Approve");

		page.navigate(page.url().replace("/admin/audit", ARTICLE));
		assertThat(page.locator(".comments").textContent()).contains(text);
		page.close();
	}

}
