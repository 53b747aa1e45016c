package org.aicompare.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;
import org.aicompare.web.ApiTerms;
import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ChangesController} and {@link EditionApiController}: the editions,
 * newest first, with their changes grouped by page, as a page and as JSON.
 */
@WebMvcTest({ ChangesController.class, EditionApiController.class })
@Import({ SecurityConfiguration.class, ApiTerms.class, PageCitations.class })
class EditionControllersTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Editions editions;

	@BeforeEach
	void twoEditions() {
		EditionChange control = new EditionChange(EditionKeys.matrixRating("control", "centralized"),
				EditionItem.Kind.RATING, EditionChange.Type.CHANGED, "model/centralized", "/compare#dimension-control",
				"Control", "Centralized AI", "control", "1", "3", "Customers share governance.");
		EditionChange fact = new EditionChange(EditionKeys.fact("openai", "Products", "GPT and o-series models"),
				EditionItem.Kind.FACT, EditionChange.Type.CHANGED, EditionKeys.organisation("openai"),
				"/projects/openai", "OpenAI", "Products", null, "GPT models", "GPT and o-series models", null);
		EditionView second = new EditionView(2, LocalDate.of(2026, 12, 3), "Control re-rated.", List.of(3L),
				List.of(control, fact));
		EditionView first = new EditionView(1, LocalDate.of(2026, 12, 2), "First publication.", List.of(), List.of());
		given(this.editions.all()).willReturn(List.of(second, first));
		given(this.editions.find(2)).willReturn(Optional.of(second));
		given(this.editions.numbers()).willReturn(List.of("1", "2"));
	}

	@Test
	void listsTheEditionsNewestFirstWithTheirChangesByPage() {
		var page = assertThat(this.mvc.get().uri("/changes")).hasStatusOk();
		page.bodyText()
			.contains("Edition 2", "3 December 2026", "Control re-rated.", "The comparison matrix: Control",
					"Centralized AI: from 1 to 3: Customers share governance.",
					"Products: was \u201cGPT models\u201d, now \u201cGPT and o-series models\u201d", "Edition 1",
					"The first edition: everything the site holds was published in it")
			.satisfies((body) -> assertThat(body.indexOf("Edition 2")).isLessThan(body.indexOf("Edition 1")));
		page.body()
			.asString()
			.contains("id=\"edition-2\"", "id=\"edition-1\"", "href=\"/compare#dimension-control\"",
					"href=\"/projects/openai\"", "href=\"/challenges#challenge-3\"");
	}

	@Test
	void answersTheListAndOneEditionAsJson() {
		assertThat(this.mvc.get().uri("/api/v1/editions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].number")
			.asArray()
			.containsExactly(2, 1);
		var edition = assertThat(this.mvc.get().uri("/api/v1/editions/2")).hasStatusOk().bodyJson();
		edition.extractingPath("$.answers[0]").isEqualTo(3);
		edition.extractingPath("$.changes[0].from").isEqualTo("1");
		edition.extractingPath("$.changes[0].to").isEqualTo("3");
		edition.extractingPath("$.changes[0].reason").isEqualTo("Customers share governance.");
		edition.extractingPath("$.links.html").isEqualTo("/changes#edition-2");
	}

	@Test
	void anUnknownEditionIsA404AndANonNumberA400BothListingTheEditions() {
		assertThat(this.mvc.get().uri("/api/v1/editions/99")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.validValues")
			.asArray()
			.containsExactly("1", "2");
		assertThat(this.mvc.get().uri("/api/v1/editions/abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.validValues")
			.asArray()
			.containsExactly("1", "2");
	}

}
