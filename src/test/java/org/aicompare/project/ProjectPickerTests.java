package org.aicompare.project;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation picker on {@code /projects}: two to four ticks lead to their
 * comparison; one or none keep the reader on the list, with the rule beside the picker
 * and the ticks kept. A hand-made comparison address with too few is still a 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPickerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sendsThePickerToTheList() {
		Document list = page("/projects");
		assertThat(list.select("form.compare-picker").attr("action")).isEqualTo("/projects");
		assertThat(list.select("form.compare-picker input[type=hidden][name=sent]")).hasSize(1);
	}

	@Test
	void leadsTwoToFourTicksToTheirComparison() {
		assertThat(this.mvc.get().uri("/projects?sent=1&slugs=openai&slugs=bittensor")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/projects/compare?slugs=openai,bittensor");
	}

	@Test
	void keepsTheReaderOnTheListWithTheirTickAndTheRule() throws Exception {
		var answer = assertThat(this.mvc.get().uri("/projects?sent=1&slugs=openai")).hasStatusOk();
		Document list = Jsoup.parse(answer.actual().getResponse().getContentAsString());
		assertThat(list.select("#compare-error").text()).contains("one organisation").contains("two to four");
		assertThat(list.select("input[name=slugs][checked]").eachAttr("value")).containsExactly("openai");
		assertThat(list.select("input[name=slugs][value=openai]").attr("aria-describedby")).isEqualTo("compare-error");
	}

	@Test
	void saysSoWhenNothingWasTicked() {
		Document list = page("/projects?sent=1");
		assertThat(list.select("#compare-error").text()).contains("no organisation");
		assertThat(list.select("input[name=slugs][checked]")).isEmpty();
	}

	@Test
	void keepsTheListsFilterWithThePick() {
		Document list = page("/projects?model=decentralized&sent=1&slugs=bittensor");
		assertThat(list.select("form.compare-picker input[type=hidden][name=model]").attr("value"))
			.isEqualTo("decentralized");
		assertThat(list.select("input[name=slugs][checked]").eachAttr("value")).containsExactly("bittensor");
	}

	@Test
	void stillRefusesAHandMadeComparisonOfOne() {
		assertThat(this.mvc.get().uri("/projects/compare?slugs=openai")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private Document page(String uri) {
		var answer = assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		try {
			return Jsoup.parse(answer.actual().getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
