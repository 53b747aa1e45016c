package org.aicompare.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link CompareController}.
 */
@Import({ SecurityConfiguration.class, PageCitations.class })
@WebMvcTest(CompareController.class)
class CompareControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MatrixService matrix;

	@BeforeEach
	void matrix() {
		given(this.matrix.matrix()).willReturn(MatrixFixture.matrix());
	}

	@Test
	void endsWithACitationOfTheMatrixAsShown() {
		assertThat(this.mvc.get().uri("/compare?models=centralized,hybrid")).bodyText()
			.contains("id=\"cite\"", "aicompare, \u201cThe comparison matrix\u201d, "
					+ "http://localhost:8080/compare?models=centralized,hybrid, content revision unknown, accessed ",
					"\u00b6\u00a0")
			.doesNotContain("p.\u00a0");
	}

	@Test
	void showsEveryModelAsAColumnByDefault() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.hasViewName(CompareController.VIEW)
			.bodyText()
			.contains("<th scope=\"col\" abbr=\"Centralized AI\" data-model=\"centralized\">",
					"<th scope=\"col\" abbr=\"Decentralized AI\" data-model=\"decentralized\">",
					"<th scope=\"col\" abbr=\"Hybrid AI\" data-model=\"hybrid\">", "href=\"/models/hybrid\"",
					"Showing: Centralized AI, Decentralized AI, Hybrid AI.");
	}

	@Test
	void showsEachDimensionWithItsQuestionAndScale() {
		assertThat(this.mvc.get().uri("/compare")).bodyText()
			.contains("<caption>", "<th scope=\"row\" abbr=\"Control\">", "Who decides how the AI is built?",
					"1 = One organization decides; 5 = A distributed network decides");
	}

	@Test
	void showsEachCellWithRatingKindCitationsRationaleAndEvidence() {
		assertThat(this.mvc.get().uri("/compare")).bodyText()
			.contains("Single organization", "1 of 5", ">Quoted<", ">Derived<", "href=\"/sources#p-36\"",
					"href=\"/sources#p-14\"", "href=\"/sources#p-54\"", "One company controls the roadmap.",
					"Sourced fact", "The index does not score decentralized networks", "href=\"/sources#ref-S19b\"",
					"(as of 2026-11)");
	}

	@Test
	void marksTheModelSummariesAsAdded() {
		assertThat(this.mvc.get().uri("/compare")).bodyText().contains("One company runs it.", "Added by aicompare");
	}

	@Test
	void drawsARadarChartWithATextEquivalent() {
		assertThat(this.mvc.get().uri("/compare")).bodyText()
			.contains("role=\"img\"", "aria-labelledby=\"radar-summary\"", "id=\"radar-summary\"",
					"The table below is this chart", "dashed line, squares")
			.satisfies((body) -> assertThat(occurrences(body, "class=\"radar-outline ")).isEqualTo(3));
	}

	@Test
	void showsOnlyTheModelsChosenWithACommaSeparatedList() {
		assertThat(this.mvc.get().uri("/compare?models=centralized,hybrid")).hasStatusOk()
			.bodyText()
			.contains("data-model=\"centralized\"", "data-model=\"hybrid\"", "Showing: Centralized AI, Hybrid AI.",
					"Show all three")
			.doesNotContain("<th scope=\"col\" abbr=\"Decentralized AI\" data-model=\"decentralized\">",
					"<td data-model=\"decentralized\">")
			.satisfies((body) -> assertThat(occurrences(body, "class=\"radar-outline ")).isEqualTo(2));
	}

	@Test
	void keepsTheSiteOrderOfModelsChosenWithRepeatedParameters() {
		assertThat(this.mvc.get().uri("/compare?models=hybrid&models=centralized")).hasStatusOk()
			.bodyText()
			.satisfies((body) -> assertThat(
					body.indexOf("<th scope=\"col\" abbr=\"Centralized AI\" data-model=\"centralized\">"))
				.isLessThan(body.indexOf("<th scope=\"col\" abbr=\"Hybrid AI\" data-model=\"hybrid\">"))
				.isPositive());
	}

	@Test
	void ticksTheCheckboxesOfTheModelsShown() {
		assertThat(this.mvc.get().uri("/compare?models=decentralized")).bodyText()
			.contains("<input type=\"checkbox\" name=\"models\" value=\"decentralized\" checked=\"checked\">",
					"<input type=\"checkbox\" name=\"models\" value=\"hybrid\">");
	}

	@Test
	void rejectsAnUnknownModelNamingTheValidOnes() {
		assertThat(this.mvc.get().uri("/compare?models=bogus")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("bogus", "<code>centralized</code>", "<code>decentralized</code>", "<code>hybrid</code>");
	}

	@Test
	void rejectsAnUnknownModelAmongKnownOnes() {
		assertThat(this.mvc.get().uri("/compare?models=centralized,Hybrid")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("\u201cHybrid\u201d");
	}

	@Test
	void rejectsAnEmptyChoice() {
		assertThat(this.mvc.get().uri("/compare?models=")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<code>centralized</code>");
		assertThat(this.mvc.get().uri("/compare?models=centralized,")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void explainsThatRatingsArePositionsAndLinksToTheMethodology() {
		assertThat(this.mvc.get().uri("/compare")).bodyText()
			.contains("not grades", "href=\"/methodology\"", "does not score decentralized networks");
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
