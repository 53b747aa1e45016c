package org.aicompare.about;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link AboutController} in a copy that names no publisher.
 */
@WebMvcTest(AboutController.class)
@Import({ AboutPageAssembler.class, SecurityConfiguration.class })
class AboutControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CorrectionRepository corrections;

	@BeforeEach
	void corrections() {
		given(this.corrections.findAllByOrderByCorrectedOnDescPositionAsc()).willReturn(List
			.of(new Correction("amazon-anthropic", LocalDate.of(2026, 12, 2), "Amazon AI: its investment in Anthropic",
					"/projects/amazon-ai", "Said Amazon invested 4 billion USD.", "A minority investor in Anthropic.",
					List.of("FC-C1", "FC-C2"), 0)));
	}

	@Test
	void saysPlainlyThatAnUnconfiguredCopyNamesNoPublisher() {
		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.hasViewName(AboutController.VIEW)
			.bodyText()
			.contains("Unconfigured copy of aicompare: no publisher has been named",
					"This copy of the site is unconfigured", "No editor is named in this copy.",
					"Not configured in this copy",
					"No conflicts-of-interest statement has been configured for this copy.")
			.doesNotContain("mailto:");
	}

	@Test
	void statesTheCorrectionsPolicyAndWhatIsNotPaidFor() {
		assertThat(this.mvc.get().uri("/about")).bodyText()
			.contains("id=\"corrections-policy\"", "A correction is made when something the site shows was wrong",
					"The corrected fact links to its correction", "id=\"conflicts\"",
					"No organisation, network or project pays for its place", "href=\"/methodology\"");
	}

	@Test
	void listsEachCorrectionWithItsDateWhatWasWrongWhatItIsNowAndItsReferences() {
		assertThat(this.mvc.get().uri("/about")).bodyText()
			.contains("id=\"correction-amazon-anthropic\"", "datetime=\"2026-12-02\"", "2 December 2026",
					"href=\"/projects/amazon-ai\"", "Amazon AI: its investment in Anthropic", "What was wrong",
					"Said Amazon invested 4 billion USD.", "What it is now", "A minority investor in Anthropic.",
					"href=\"/sources#ref-FC-C1\"", "href=\"/sources#ref-FC-C2\"", "href=\"/feed.atom\"");
	}

	@Test
	void saysSoWhenNoCorrectionHasBeenMade() {
		given(this.corrections.findAllByOrderByCorrectedOnDescPositionAsc()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/about")).bodyText()
			.contains("No correction has been made yet.")
			.doesNotContain("id=\"correction-");
	}

	@Test
	void everyPageLinksToItFromItsFooter() {
		assertThat(this.mvc.get().uri("/about")).bodyText()
			.containsSubsequence("class=\"site-footer\"", "href=\"/about\"");
	}

}
