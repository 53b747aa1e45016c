package org.aicompare.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader challenges an organisation's rating from the link beside it, a moderator
 * accepts the challenge with a public reason, and the public list shows it with that
 * reason, at desktop and phone widths.
 */
@TestPropertySource(properties = { "aicompare.comments.minimum-form-seconds=0", "aicompare.comments.flood-seconds=0",
		"aicompare.moderator.username=editor",
		// The BCrypt hash of "moderate-me".
		"aicompare.moderator.password-hash=$2a$04$8N/nUCo1pZEmECT7KP95autVgOt9YyqY8HP/elwMTfS7NaQDizkt." })
class ChallengeBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void aChallengeGoesFromTheRatingThroughTheQueueToThePublicList(int width) {
		String why = "Microsoft holds approval rights over some of OpenAI's changes; checked at " + width + " px.";
		String decision = "Accepted: the recapitalisation terms give a second party a say (" + width + " px).";
		Page reader = open("/projects/openai", width, "challenge-profile");
		reader.getByLabel("Challenge this rating: OpenAI, Control").click();
		reader.waitForURL("**/challenges/new?rating=organisation:openai:control");
		check(reader, width, "challenge-form");
		assertThat(reader.locator(".challenged-rating").textContent()).contains("1 of 5");
		reader.getByLabel("2 of 5").check();
		reader.getByLabel("Why?").fill(why);
		reader.getByLabel("Source address").fill("https://openai.com/index/built-to-benefit-everyone/");
		reader.getByLabel("Your name (optional)").fill("Ada Reader");
		reader.locator(".comment-form button[type=submit]").click();
		reader.waitForURL(Pattern.compile("/challenges/\\d+/received$"));
		check(reader, width, "challenge-received");
		String number = reader.url().replaceAll(".*/challenges/(\\d+)/received$", "$1");
		assertThat(reader.locator("main").textContent()).contains("challenge " + number).contains("open");
		reader.close();

		Page page = open("/admin/challenges", width, "challenge-login");
		assertThat(page.url()).endsWith("/admin/login");
		page.getByLabel("Name").fill("editor");
		page.getByLabel("Password").fill("moderate-me");
		page.locator("main form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/admin/challenges(\\?continue)?$"));
		check(page, width, "challenge-queue");
		Locator challenge = page.locator("#challenge-" + number);
		assertThat(challenge.locator(".comment-text").first().textContent()).isEqualTo(why);
		challenge.getByLabel("Public reason").fill(decision);
		challenge.locator("button", new Locator.LocatorOptions().setHasText("Accept")).click();
		page.waitForURL(Pattern.compile("/admin/challenges\\?status=open&page=1$"));
		assertThat(page.locator("main").textContent()).contains("Challenge " + number + " accepted");

		page.navigate(page.url().replaceAll("/admin/challenges.*", "/admin/challenges/audit"));
		check(page, width, "challenge-audit");
		assertThat(page.locator("tbody tr").first().textContent()).contains("editor").contains(decision);

		page.navigate(page.url().replace("/admin/challenges/audit", "/challenges"));
		check(page, width, "challenge-list");
		Locator listed = page.locator("#challenge-" + number);
		assertThat(listed.textContent()).contains("Accepted").contains(why).contains(decision).contains("Ada Reader");
		page.close();
	}

}
