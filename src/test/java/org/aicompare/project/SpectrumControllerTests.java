package org.aicompare.project;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.source.ReferenceKind;
import org.aicompare.spectrum.Axis;
import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link SpectrumController} on a spectrum of two organisations and one
 * reference row.
 */
@Import(SecurityConfiguration.class)
@WebMvcTest(SpectrumController.class)
class SpectrumControllerTests {

	private static final ReferenceLink PRIMARY = new ReferenceLink("CP-R2", "Data controls", "https://example.org/p",
			"OpenAI", "2026", ReferenceKind.PRIMARY);

	private static final ReferenceLink SECONDARY = new ReferenceLink("CP-R6", "A report", "https://example.org/s",
			"Press", null, ReferenceKind.SECONDARY);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Spectra spectra;

	@BeforeEach
	void spectrum() {
		given(this.spectra.spectrum()).willReturn(new Spectra.Spectrum(
				List.of(row("openai", "OpenAI", "centralized", List.of(PRIMARY), 2, 2, 2, 1, 1),
						row("bittensor", "Bittensor", "decentralized", List.of(SECONDARY), 4, 3, 4, 2, 3)),
				List.of(new SpectrumRow("hybrid", "Hybrid AI", "hybrid", "Hybrid AI", true,
						List.of(Axis.values())
							.stream()
							.map((axis) -> new AxisRating(axis, 3, "From the scenario.", List.of(), List.of(207),
									"2026-12-02", false))
							.toList())),
				Map.of()));
	}

	private static SpectrumRow row(String slug, String name, String model, List<ReferenceLink> references,
			int... ratings) {
		return new SpectrumRow(slug, name, model, model.substring(0, 1).toUpperCase() + model.substring(1) + " AI",
				false,
				List.of(Axis.values())
					.stream()
					.map((axis) -> new AxisRating(axis, ratings[axis.ordinal()], "Because " + axis.slug() + ".",
							references, List.of(), "2026-12-02", axis == Axis.OWNERSHIP))
					.toList());
	}

	@Test
	void showsEveryOrganisationAndTheReferenceRowsInTheSitesOrder() {
		assertThat(this.mvc.get().uri("/spectrum")).hasStatusOk()
			.hasViewName(SpectrumController.VIEW)
			.bodyText()
			.containsSubsequence("OpenAI", "Bittensor", "Hybrid AI")
			.contains("href=\"/projects/bittensor#spectrum-governance\"", "href=\"/sources#p-207\"",
					"secondary sources only", "uncertain");
	}

	@Test
	void sortsByAnAxisMostSpreadOutFirstAndFiltersByModel() {
		assertThat(this.mvc.get().uri("/spectrum?sort=compute")).hasStatusOk()
			.bodyText()
			.containsSubsequence("id=\"row-bittensor\"", "id=\"row-openai\"")
			.contains("aria-sort=\"descending\"");
		assertThat(this.mvc.get().uri("/spectrum?model=centralized&sort=")).hasStatusOk()
			.bodyText()
			.contains("id=\"row-openai\"")
			.doesNotContain("id=\"row-bittensor\"");
	}

	@Test
	void anUnknownAxisOrModelIsABadRequestNamingTheValidValues() {
		assertThat(this.mvc.get().uri("/spectrum?sort=speed")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("speed", "compute", "governance", "ownership");
		assertThat(this.mvc.get().uri("/spectrum?model=hybrid")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("hybrid", "centralized", "decentralized");
	}

	@Test
	void theCsvCarriesEveryRatingWithItsReferencesAndTheReferenceRowsPassages() {
		assertThat(this.mvc.get().uri("/spectrum.csv?model=decentralized")).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.bodyText()
			.startsWith("slug,name,model,reference_row,axis,rating,reason,as_of,secondary_only,uncertain,")
			.contains(
					"bittensor,Bittensor,decentralized,false,governance,2,Because governance.,2026-12-02,true,false,CP-R6,https://example.org/s,",
					"hybrid,Hybrid AI,hybrid,true,data,3,From the scenario.,2026-12-02,false,false,,,207")
			.doesNotContain("openai");
	}

	@Test
	void aRowCountsEachOfItsReferencesOnceAndKnowsWhichArePrimary() {
		SpectrumRow openai = row("openai", "OpenAI", "centralized", List.of(PRIMARY, SECONDARY), 2, 2, 2, 1, 1);
		assertThat(openai.references()).isEqualTo(2);
		assertThat(openai.primaryReferences()).isEqualTo(1);
		assertThat(openai.on(Axis.GOVERNANCE).secondaryOnly()).isFalse();
		assertThat(openai.address()).isEqualTo("/projects/openai");
		assertThat(row("b", "B", "decentralized", List.of(SECONDARY), 1, 1, 1, 1, 1).on(Axis.DATA).secondaryOnly())
			.isTrue();
	}

}
