package org.aicompare.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.web.PageLink;
import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link SourceController}.
 */
@Import(SecurityConfiguration.class)
@WebMvcTest(SourceController.class)
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PassageRepository passages;

	@MockitoBean
	private ReferenceRepository references;

	@MockitoBean
	private CitationIndex citationIndex;

	@Test
	void showsEveryPassageUnderItsOwnAnchor() {
		given(this.passages.findAllByOrderByNumber()).willReturn(List.of(
				new Passage(new SourcePassage(4, PassageKind.HEADING, "What Is Centralized AI?",
						"What Is Centralized AI?", null, "What Is Centralized AI?")),
				new Passage(new SourcePassage(14, PassageKind.LIST_ITEM, "Controlled by one organization",
						"- Controlled by one organization", null, "Key Characteristics of Centralized AI"))));
		assertThat(this.mvc.get().uri("/sources")).hasStatusOk()
			.hasViewName(SourceController.VIEW)
			.bodyText()
			.contains("id=\"p-4\"", "id=\"p-14\"", "href=\"#p-14\"", "Controlled by one organization");
	}

	@Test
	void showsARepairBesideTheOriginalText() {
		given(this.passages.findAllByOrderByNumber())
			.willReturn(List.of(new Passage(new SourcePassage(21, PassageKind.HEADING, "What Is Decentralized AI?",
					"What Is Decentralized", "The source cuts this heading short.", "What Is Decentralized AI?"))));
		assertThat(this.mvc.get().uri("/sources")).bodyText()
			.contains("What Is Decentralized AI?", "Repaired for display:", "The source cuts this heading short.",
					"Original: \u201cWhat Is Decentralized\u201d");
	}

	@Test
	void listsTheReferencesOfTheAddedFactsUnderTheirOwnAnchors() {
		given(this.references.findAllByOrderByPosition())
			.willReturn(List.of(new Reference("S18", "Stanford CRFM FMTI May 2024", 0)));
		assertThat(this.mvc.get().uri("/sources")).bodyText().contains("id=\"ref-S18\"", "Stanford CRFM FMTI May 2024");
	}

	@Test
	void escapesPassageText() {
		given(this.passages.findAllByOrderByNumber()).willReturn(List.of(new Passage(new SourcePassage(1,
				PassageKind.PARAGRAPH, "<script>alert(1)</script>", "<script>alert(1)</script>", null, null))));
		assertThat(this.mvc.get().uri("/sources")).bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void listsThePagesCitingAPassageOnceEachInTheOrderOfTheirPaths() throws Exception {
		given(this.passages.findAllByOrderByNumber()).willReturn(List.of(
				new Passage(new SourcePassage(36, PassageKind.TABLE_ROW, "| Control | Single organization |",
						"| Control | Single organization |", null, "Key Differences")),
				new Passage(new SourcePassage(37, PassageKind.TABLE_ROW, "| Transparency | Low |",
						"| Transparency | Low |", null, "Key Differences"))));
		PageLink compare = new PageLink("Comparison matrix", "/compare");
		given(this.citationIndex.citations()).willReturn(List.of(new CitationIndex.Citation(36, compare),
				new CitationIndex.Citation(36, new PageLink("Key Differences", "/articles/key-differences")),
				new CitationIndex.Citation(36, compare)));
		String body = this.mvc.get().uri("/sources").exchange().getResponse().getContentAsString();
		String p36 = body.substring(body.indexOf("id=\"p-36\""), body.indexOf("id=\"p-37\""));
		String p37 = body.substring(body.indexOf("id=\"p-37\""), body.indexOf("</ol>"));
		assertThat(p36).contains("Cited by:");
		assertThat(p36.split("href=\"/compare\"", -1)).as("each page once").hasSize(2);
		assertThat(p36.indexOf("href=\"/articles/key-differences\">Key Differences</a>"))
			.as("articles before the matrix, by path")
			.isPositive()
			.isLessThan(p36.indexOf("href=\"/compare\">Comparison matrix</a>"));
		assertThat(p37).as("a passage no page cites").doesNotContain("Cited by:", "cited-by");
	}

}
