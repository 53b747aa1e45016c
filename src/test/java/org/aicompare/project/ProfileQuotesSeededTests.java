package org.aicompare.project;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the source says of an organisation, on the seeded content: a quote whose heading
 * alone would mislead says where it really belongs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileQuotesSeededTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "bittensor", "singularitynet", "fetch-ai", "ocean-protocol" })
	void theSentenceClosingTheListOfNetworksSaysItIsSaidOfAllFour(String slug) throws Exception {
		Document page = page("/projects/" + slug);
		Element quote = page.select(".source-says .quote-list li")
			.stream()
			.filter((item) -> item.selectFirst("q").text().equals("These projects represent the Web3 vision of AI."))
			.findFirst()
			.orElseThrow();
		assertThat(quote.selectFirst(".says-context").text())
			.startsWith("This sentence closes the source’s list of all four decentralized networks")
			.contains("it is said of the four together");
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "meta-ai" })
	void quotesUnderTheirOwnHeadingNeedNoNote(String slug) throws Exception {
		Document page = page("/projects/" + slug);
		assertThat(page.select(".source-says .quote-list li")).isNotEmpty();
		assertThat(page.select(".says-context")).isEmpty();
	}

	private Document page(String uri) throws Exception {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
