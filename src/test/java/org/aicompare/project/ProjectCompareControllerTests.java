package org.aicompare.project;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.source.ReferenceRepository;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.SourcePassage;
import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ProjectCompareController}.
 */
@Import({ BuyerPanels.class, Spectra.class, SpectrumCharts.class, SecurityConfiguration.class })
@WebMvcTest(ProjectCompareController.class)
class ProjectCompareControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SpectrumRatingRepository spectrumRatings;

	@MockitoBean
	private StatedClaimRepository statedClaims;

	@MockitoBean
	private BuyerAnswerRepository buyerAnswers;

	@MockitoBean
	private TransparencyEditionRepository transparencyEditions;

	@MockitoBean
	private TransparencyScoreRepository transparencyScores;

	@MockitoBean
	private ReferenceRepository referenceRepository;

	@MockitoBean
	private OrganisationRepository organisations;

	@MockitoBean
	private PassageRepository passages;

	private final Organisation openai = ProjectControllerTests.openai();

	private final Organisation bittensor = ProjectControllerTests.bittensor();

	private final Organisation ocean = ProjectControllerTests.oceanProtocol();

	@BeforeEach
	void content() {
		this.openai.getFacts().add(new Fact(this.openai, FactTopic.TOKEN, "No token", List.of(), "2026-11", false, 0));
		this.bittensor.getFacts()
			.add(new Fact(this.bittensor, FactTopic.TOKEN, "TAO", List.of("S25"), "2026-11", false, 0));
		this.bittensor.getFacts()
			.add(new Fact(this.bittensor, FactTopic.EVENTS, "Dynamic TAO launched in 2025", List.of(), "2026-11", true,
					1));
		given(this.organisations.findAllByOrderByPosition())
			.willReturn(List.of(this.openai, this.bittensor, this.ocean));
		given(this.passages.findByNumberInOrderByNumber(anyCollection())).willReturn(
				List.of(passage(7, PassageKind.LIST_ITEM, "OpenAI"), passage(179, PassageKind.HEADING, "Bittensor"),
						passage(185, PassageKind.HEADING, "Ocean Protocol")));
	}

	@Test
	void showsTheOrganisationsSideBySideFieldByField() {
		given(this.organisations.findProfiles(List.of("openai", "bittensor", "ocean-protocol")))
			.willReturn(List.of(this.openai, this.bittensor, this.ocean));
		assertThat(this.mvc.get().uri("/projects/compare?slugs=openai,bittensor,ocean-protocol")).hasStatusOk()
			.hasViewName(ProjectCompareController.VIEW)
			.bodyText()
			.contains("<caption>OpenAI, Bittensor, Ocean Protocol, field by field</caption>", "role=\"region\"",
					"href=\"/projects/openai\">OpenAI</a></th>", "From the source text",
					"Added by aicompare from public sources", "2 passages; the first:", "<q>OpenAI</q>",
					"href=\"/sources#p-7\"", "href=\"/sources#ref-S25\"", "No facts in the notes", "Uncertain")
			.containsSubsequence("<th scope=\"row\">", "Model", "<th scope=\"row\">", "What the source says",
					"<th scope=\"row\">", "Products the source names", "Founded", "Based in", "What it does",
					"Products", "Token", "Governance", "Events");
	}

	@Test
	void marksTheFieldsInWhichTheOrganisationsDifferInWords() {
		given(this.organisations.findProfiles(List.of("bittensor", "ocean-protocol")))
			.willReturn(List.of(this.bittensor, this.ocean));
		assertThat(this.mvc.get().uri("/projects/compare?slugs=bittensor&slugs=ocean-protocol")).hasStatusOk()
			.bodyText()
			.satisfies((body) -> {
				assertThat(row(body, "Model")).as("both are decentralized").doesNotContain("differs", "Differs");
				assertThat(row(body, "Based in")).as("neither has a base in the notes").doesNotContain("Differs");
				assertThat(row(body, "What the source says")).as("its words always differ, so it is not marked")
					.doesNotContain("Differs");
				assertThat(row(body, "Token")).contains("class=\"differs\"", "Differs", "TAO", "No facts in the notes");
			});
	}

	@Test
	void showsOnlyTheFieldsThatDifferWhenAskedAndRejectsAnyOtherValue() {
		given(this.organisations.findProfiles(List.of("bittensor", "ocean-protocol")))
			.willReturn(List.of(this.bittensor, this.ocean));
		assertThat(this.mvc.get().uri("/projects/compare?slugs=bittensor&slugs=ocean-protocol&show=differences"))
			.hasStatusOk()
			.bodyText()
			.contains("class=\"field-name\">Token<", "Show every field")
			.doesNotContain("class=\"field-name\">Based in<", "class=\"field-name\">Model<");
		assertThat(this.mvc.get().uri("/projects/compare?slugs=bittensor&slugs=ocean-protocol")).bodyText()
			.contains("class=\"field-name\">Based in<", "show=differences");
		assertThat(this.mvc.get().uri("/projects/compare?slugs=bittensor&slugs=ocean-protocol&show=all"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("all", "differences");
	}

	@Test
	void keepsTheOrderTheReaderChose() {
		given(this.organisations.findProfiles(List.of("ocean-protocol", "openai")))
			.willReturn(List.of(this.openai, this.ocean));
		assertThat(this.mvc.get().uri("/projects/compare?slugs=ocean-protocol,openai")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/projects/ocean-protocol\">Ocean Protocol",
					"href=\"/projects/openai\">OpenAI");
	}

	@Test
	void rejectsFewerThanTwoOrganisations() {
		assertThat(this.mvc.get().uri("/projects/compare?slugs=openai")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The value \u201copenai\u201d is not valid for \u201cslugs\u201d",
					"Between 2 and 4 different organisations", "<code>bittensor</code>");
		assertThat(this.mvc.get().uri("/projects/compare")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void rejectsMoreThanFourOrganisations() {
		assertThat(this.mvc.get().uri("/projects/compare?slugs=a,b,c,d,e")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("a,b,c,d,e", "Between 2 and 4 different organisations");
	}

	@Test
	void rejectsTheSameOrganisationTwice() {
		assertThat(this.mvc.get().uri("/projects/compare?slugs=openai,openai")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("openai,openai", "Between 2 and 4 different organisations");
	}

	@Test
	void rejectsAnUnknownOrganisationListingTheKnownOnes() {
		given(this.organisations.findProfiles(List.of("openai", "skynet"))).willReturn(List.of(this.openai));
		assertThat(this.mvc.get().uri("/projects/compare?slugs=openai,skynet")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The value \u201cskynet\u201d is not valid for \u201cslugs\u201d", "<code>openai</code>",
					"<code>bittensor</code>", "<code>ocean-protocol</code>");
	}

	private static String row(String body, String field) {
		int name = body.indexOf("<span class=\"field-name\">" + field + "</span>");
		assertThat(name).as("row %s", field).isPositive();
		return body.substring(body.lastIndexOf("<tr", name), body.indexOf("</tr>", name));
	}

	private static Passage passage(int number, PassageKind kind, String text) {
		return new Passage(new SourcePassage(number, kind, text, text, null, null));
	}

}
