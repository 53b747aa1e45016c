package org.aicompare.priority;

import java.util.Locale;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the advisor's end-to-end tests read the same way: a page's body, and points as
 * every view writes them.
 */
final class AdvisorPages {

	private AdvisorPages() {
	}

	/**
	 * Points as the page writes them, to compare with a number from the JSON.
	 * @param points the points
	 * @return them to one decimal
	 */
	static String digits(double points) {
		return String.format(Locale.ROOT, "%.1f", points);
	}

	/**
	 * The body of an address that must answer 200.
	 * @param mvc the site
	 * @param uri the address
	 * @return the body
	 * @throws Exception if the request fails
	 */
	static String body(MockMvcTester mvc, String uri) throws Exception {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
