package org.aicompare.comment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spam comment of the source's thread (an unfilled "[Product/Tool]" template) is not
 * shown on the sources page as a reader's comment: its passage is there, saying why its
 * text is withheld. The other comments are shown as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpamPassagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsThatTheSpamPassageExistsAndWhyItIsWithheld() throws Exception {
		var answer = assertThat(this.mvc.get().uri("/sources")).hasStatusOk();
		var page = Jsoup.parse(answer.actual().getResponse().getContentAsString());
		Element spam = page.getElementById("p-244");
		assertThat(spam).isNotNull();
		assertThat(spam.text()).contains("Not shown").contains("unfilled template").contains("spam");
		assertThat(spam.text()).doesNotContain("[Product/Tool]").doesNotContain("cuts through the marketing fluff");
		assertThat(page.getElementById("p-236").select(".passage-text").text()).isNotBlank()
			.doesNotContain("Not shown");
	}

}
