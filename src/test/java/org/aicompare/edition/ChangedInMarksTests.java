package org.aicompare.edition;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;

/**
 * "Changed in edition N" beside the ratings that changed after the first edition, on the
 * seeded content with the editions saying which changed: the matrix's cell, an
 * organisation's own rating and a hybrid pattern's rating; nothing beside those that did
 * not change.
 */
@SpringBootTest(properties = "spring.cache.type=none")
@AutoConfigureMockMvc
class ChangedInMarksTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoSpyBean
	private Editions editions;

	@BeforeEach
	void changes() {
		willReturn(Map.of(EditionKeys.matrixRating("control", "centralized"), 2,
				EditionKeys.organisationRating("bittensor", "governance"), 3,
				EditionKeys.patternRating("gateway-router", "control"), 2))
			.given(this.editions)
			.lastChanged();
	}

	@Test
	void theMatrixMarksTheCellThatChanged() throws Exception {
		Document page = page("/compare");
		Element control = page.getElementById("dimension-control");
		assertThat(control.select(".changed-in")).singleElement().satisfies((mark) -> {
			assertThat(mark.text()).isEqualTo("changed in edition 2");
			assertThat(mark.attr("href")).isEqualTo("/changes#edition-2");
		});
		assertThat(page.select(".changed-in")).hasSize(1);
	}

	@Test
	void aProfileAndAPatternMarkTheirOwnRatingsThatChanged() throws Exception {
		Element governance = page("/projects/bittensor").getElementById("rating-governance");
		assertThat(governance.selectFirst(".changed-in").text()).isEqualTo("changed in edition 3");
		assertThat(page("/projects/bittensor").select(".ratings-table .changed-in")).hasSize(1);
		Element control = page("/hybrid/gateway-router").getElementById("rating-control");
		assertThat(control.selectFirst(".changed-in").attr("href")).isEqualTo("/changes#edition-2");
		assertThat(page("/projects/openai").select(".ratings-table .changed-in")).isEmpty();
	}

	@Test
	void pagesWithoutRatingsDoNotWorkOutTheMarks() throws Exception {
		clearInvocations(this.editions);
		assertThat(page("/changes").select(".changed-in")).isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/editions")).hasStatusOk();
		then(this.editions).should(never()).lastChanged();
	}

	private Document page(String uri) throws Exception {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
