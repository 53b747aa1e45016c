package org.aicompare.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.comparison.CellKind;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Matrix;
import org.aicompare.comparison.MatrixService;
import org.aicompare.content.ContentChange;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersion;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.SourcePassage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link HomeController}.
 */
@Import({ HomePageAssembler.class, SecurityConfiguration.class })
@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeploymentModelRepository models;

	@MockitoBean
	private MatrixService matrix;

	@MockitoBean
	private PassageRepository passages;

	@MockitoBean
	private ContentVersionRepository versions;

	@MockitoBean
	private ContentChangeRepository changes;

	@BeforeEach
	void content() {
		DeploymentModel centralized = new DeploymentModel("centralized", "Centralized AI", 0, "One company runs it.",
				new DeploymentModel.Passages(List.of(5), List.of(14), List.of(7), List.of(190)));
		given(this.models.findAllByOrderByPosition()).willReturn(List.of(centralized));
		List<Passage> cited = new ArrayList<>();
		cited.add(new Passage(new SourcePassage(14, PassageKind.LIST_ITEM, "Controlled by one organization",
				"- Controlled by one organization", null, "Key Characteristics of Centralized AI")));
		HomePageAssembler.VERDICT.forEach((n) -> cited.add(new Passage(new SourcePassage(n, PassageKind.PARAGRAPH,
				(n == 215) ? "Right now, centralized AI leads in capability, funding, and adoption." : "Quote " + n,
				"Quote " + n, null, "Final Verdict"))));
		given(this.passages.findByNumberInOrderByNumber(anyCollection())).willReturn(cited);
		given(this.matrix.matrix())
			.willReturn(new Matrix(List.of(new Matrix.Column("centralized", "Centralized AI", "One company runs it.")),
					List.of(new Matrix.Row("control", "Control", 36, "Who decides?", "One organization decides",
							"A distributed network decides",
							List.of(new Matrix.Entry("centralized", "Single organization", 1, CellKind.QUOTED,
									"One company controls the roadmap.", List.of(36, 14),
									List.of(new Matrix.Evidence("An index scored developers 40/100.",
											List.of("S18", "S19"), "2026-11")),
									null))))));
		ContentVersion version = mock(ContentVersion.class);
		given(version.getVersion()).willReturn("2026-11-24");
		given(this.versions.current()).willReturn(version);
		ContentChange change = mock(ContentChange.class);
		given(change.getChangedOn()).willReturn(LocalDate.of(2026, 11, 24));
		given(change.getSummary()).willReturn("First publication of the comparison.");
		given(this.changes.findAllByOrderByChangedOnDescIdDesc()).willReturn(List.of(change));
	}

	@Test
	void showsTheModelsWithTheirCitedCharacteristics() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName(HomeController.VIEW)
			.bodyText()
			.contains("Centralized AI", "One company runs it.", "Added by aicompare", "Controlled by one organization",
					"href=\"/sources#p-14\"");
	}

	@Test
	void showsTheMatrixAsAnAccessibleTableWithRatingsKindsAndCitations() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<caption>", "<th scope=\"col\">Centralized AI</th>", "<th scope=\"row\">", "Single organization",
					"1 of 5", "Quoted", "href=\"/sources#p-36\"",
					"1 = One organization decides; 5 = A distributed network decides");
	}

	@Test
	void quotesTheSourcesVerdictWithCitations() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Right now, centralized AI leads in capability, funding, and adoption.",
					"href=\"/sources#p-215\"");
	}

	@Test
	void offersTheWaysIntoTheSite() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("href=\"/compare\"", "href=\"/articles\"", "href=\"/projects\"", "href=\"/sources\"",
					"href=\"/models/centralized\"");
	}

	@Test
	void saysWhatChangedLast() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("What changed last", "24 November 2026", "First publication");
	}

	@Test
	void saysWhichContentVersionItShows() {
		assertThat(this.mvc.get().uri("/")).bodyText().contains("Content version: 2026-11-24");
	}

}
