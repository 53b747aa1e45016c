package org.aicompare.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content security policy blocks nothing the site needs: Swagger UI, which gets a
 * looser policy of its own, still lists the API and opens an operation, and the site's
 * own pages (checked by every other browser test) load without a violation.
 */
class SecurityHeadersBrowserTests extends BrowserTestSupport {

	@Test
	void swaggerUiStillWorksUnderItsPolicy() {
		List<String> problems = new ArrayList<>();
		Page page = openCollectingErrors("/swagger-ui/index.html", problems);
		page.locator(".opblock-summary").first().waitFor();
		assertThat(page.locator(".opblock-summary").count()).isGreaterThan(5);
		page.locator(".opblock-summary").first().click();
		page.locator(".opblock-body").first().waitFor();
		assertThat(problems).as("console errors on Swagger UI").isEmpty();
		page.close();
	}

	@Test
	void articlePagesWithJsonLdRaiseNoPolicyViolation() {
		Page page = open("/articles/what-is-centralized-ai", DESKTOP, "csp-article");
		assertThat(page.locator("script[type='application/ld+json']").count()).isEqualTo(1);
		page.close();
	}

}
