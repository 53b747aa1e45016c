package org.aicompare.project;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.aicompare.edition.ChangesPage;
import org.aicompare.edition.EditionChange;
import org.aicompare.edition.EditionItem;
import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;
import org.aicompare.article.Article;
import org.aicompare.article.ArticleKind;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.Reference;
import org.aicompare.source.SourcePassage;
import org.aicompare.system.SecurityConfiguration;

import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ProjectController}.
 */
@Import({ ProjectDirectoryAssembler.class, ProfilePageAssembler.class, BuyerPanels.class, Spectra.class,
		SpectrumCharts.class, SecurityConfiguration.class, PageCitations.class })
@WebMvcTest(ProjectController.class)
class ProjectControllerTests {

	static final DeploymentModel CENTRALIZED = model("centralized", "Centralized AI", 0);

	static final DeploymentModel DECENTRALIZED = model("decentralized", "Decentralized AI", 1);

	static final DeploymentModel HYBRID = model("hybrid", "Hybrid AI", 2);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@MockitoBean
	private OrganisationRatings ratings;

	@MockitoBean
	private Editions editions;

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
	private DeploymentModelRepository models;

	@MockitoBean
	private CommentThread comments;

	@MockitoBean
	private SpectrumRatingRepository spectrumRatings;

	@MockitoBean
	private StatedClaimRepository statedClaims;

	@BeforeEach
	void content() {
		given(this.models.findAllByOrderByPosition()).willReturn(List.of(CENTRALIZED, DECENTRALIZED, HYBRID));
		given(this.organisations.findAllWithProducts()).willReturn(List.of(openai(), bittensor(), oceanProtocol()));
	}

	@Test
	void listsTheOrganisationsWithTheirModelSummaryAndProducts() {
		assertThat(this.mvc.get().uri("/projects")).hasStatusOk()
			.hasViewName(ProjectController.LIST_VIEW)
			.bodyText()
			.contains("Showing all 3 of 3 organisations.", "href=\"/projects/openai\"", "href=\"/models/centralized\"",
					"AI research and deployment company.", "Added by aicompare", "Products the source names:",
					"ChatGPT", "The source speaks of it in 2 passages.")
			.containsSubsequence("OpenAI", "Bittensor", "Ocean Protocol");
	}

	@Test
	void offersAFormToCompareTwoToFourOrganisations() {
		assertThat(this.mvc.get().uri("/projects")).bodyText()
			.contains("action=\"/projects\" method=\"get\"", "type=\"checkbox\" name=\"slugs\" value=\"openai\"",
					"Compare OpenAI", "Tick two to four organisations");
	}

	@Test
	void filtersByModelAndSaysHowManyAreShown() {
		assertThat(this.mvc.get().uri("/projects?model=decentralized")).hasStatusOk()
			.bodyText()
			.contains("Showing 2 of 3 organisations: those of Decentralized AI.", "href=\"/projects/bittensor\"",
					"href=\"/projects/ocean-protocol\"", "<option value=\"decentralized\" selected=\"selected\">")
			.doesNotContain("href=\"/projects/openai\"");
	}

	@Test
	void saysSoWhenNoOrganisationStandsForAModel() {
		assertThat(this.mvc.get().uri("/projects?model=hybrid")).hasStatusOk()
			.bodyText()
			.contains("Showing 0 of 3 organisations", "The source names no organisation that stands for this model.");
	}

	@Test
	void sortsByNameOrByModel() {
		assertThat(this.mvc.get().uri("/projects?sort=name")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/projects/bittensor\"", "href=\"/projects/ocean-protocol\"",
					"href=\"/projects/openai\"");
		assertThat(this.mvc.get().uri("/projects?sort=model&model=")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/projects/openai\"", "href=\"/projects/bittensor\"",
					"href=\"/projects/ocean-protocol\"");
	}

	@Test
	void rejectsAnUnknownModelListingTheValidOnes() {
		assertThat(this.mvc.get().uri("/projects?model=federated")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("federated", "<code>centralized</code>", "<code>decentralized</code>", "<code>hybrid</code>");
	}

	@Test
	void rejectsAnUnknownSortListingTheValidOnes() {
		assertThat(this.mvc.get().uri("/projects?sort=size")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("size", "<code>name</code>", "<code>model</code>");
	}

	@Test
	void showsWhatTheSourceSaysAsCitedQuotesApartFromTheAddedFacts() {
		givenOpenAiProfile();
		assertThat(this.mvc.get().uri("/projects/openai")).hasStatusOk()
			.hasViewName(ProjectController.VIEW)
			.bodyText()
			.contains("<h1>OpenAI</h1>", "What the source says", "Quoted", "Under \u201cWhat Is Centralized AI?\u201d",
					"<q>Known for ChatGPT and advanced language models.</q>", "href=\"/sources#p-169\"",
					"Products the source names", "href=\"/sources#p-63\"")
			.containsSubsequence("What the source says", "Facts added from public sources", "Added by aicompare",
					"Not from the source text.");
	}

	@Test
	void showsTheRatingsTheAdvisorScoresItWithAndWhyOneDiffersFromItsModel() {
		givenOpenAiProfile();
		given(this.ratings.bySlug()).willReturn(Map.of("openai",
				new OrganisationRatings.Rated("openai", "OpenAI", "centralized", "Centralized AI",
						List.of(new OrganisationRatings.Row("control", "Control", 1, true, null, List.of(), null),
								new OrganisationRatings.Row("transparency", "Transparency", 3, false,
										"Publishes open-weight models under Apache 2.0.", List.of("CP-R4"), null)))));
		assertThat(this.mvc.get().uri("/projects/openai")).bodyText()
			.contains("id=\"advisor-ratings\"", "How the advisor rates it", "OpenAI on the eight dimensions")
			.containsSubsequence("href=\"/compare#dimension-control\"", "1 of 5", "As Centralized AI: no sourced fact",
					"href=\"/compare#dimension-transparency\"", "3 of 5",
					"Publishes open-weight models under Apache 2.0.", "href=\"/sources#ref-CP-R4\"");
	}

	@Test
	void groupsTheAddedFactsByTopicWithReferencesDatesAndDoubts() {
		givenOpenAiProfile();
		assertThat(this.mvc.get().uri("/projects/openai")).bodyText()
			.containsSubsequence("Founded", "Announced on 11 December 2015 as a nonprofit", "href=\"/sources#ref-S1\"",
					"as of 2015-12-11", "What it does", "AI research and deployment",
					"checked 2026-11; its source gives no date", "Governance", "Microsoft\u2019s stake of about 27%",
					"Uncertain", "href=\"/sources#ref-S6\"", "as of 2026-04-29",
					"href=\"/about#correction-microsoft-stake\"", "Corrected: see the correction")
			.contains("References cited above", "Fast Company")
			.doesNotContain("Unrelated reference", "as of 2026-11");
	}

	@Test
	void endsWithACitationOfTheProfileWithItsAddressRevisionAndDateAccessed() {
		givenOpenAiProfile();
		assertThat(this.mvc.get().uri("/projects/openai")).bodyText()
			.contains("id=\"cite\"", "Cite this page",
					"aicompare, \u201cOpenAI: profile\u201d, "
							+ "http://localhost:8080/projects/openai, content revision unknown, accessed ",
					"<time datetime=\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"", "href=\"/about\"");
	}

	@Test
	void listsTheArticlesThatSpeakOfTheOrganisationAndItsComments() {
		givenOpenAiProfile();
		given(this.comments.of(CommentTarget.PROJECT, "openai")).willReturn(List.of(new CommentThread.Entry(5, "Ada",
				"Useful profile.", false, false, Instant.parse("2026-11-20T10:00:00Z"), List.of())));
		assertThat(this.mvc.get().uri("/projects/openai")).bodyText()
			.contains("Articles that speak of OpenAI", "href=\"/articles/real-world-examples\"", "Useful profile.",
					"Posted 20 November 2026");
	}

	@Test
	void answersNotFoundForAnUnknownOrganisation() {
		given(this.organisations.findProfile("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/projects/nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void describesTheOrganisationAsSchemaOrgStructuredData() {
		givenOpenAiProfile();
		JsonNode organisation = jsonLd("/projects/openai");
		assertThat(organisation.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(organisation.get("@type").asString()).isEqualTo("Organization");
		assertThat(organisation.get("name").asString()).isEqualTo("OpenAI");
		assertThat(organisation.get("url").asString()).isEqualTo("http://localhost:8080/projects/openai");
		assertThat(organisation.get("description").asString()).isEqualTo("AI research and deployment company.");
		assertThat(organisation.has("sameAs")).isFalse();
	}

	@Test
	void keepsASummaryThatClosesTheScriptInsideTheStructuredData() {
		String summary = "Lab</script><script>alert(1)</script> & co";
		Organisation lab = new Organisation("lab", "Lab", CENTRALIZED, 0, summary, List.of(7));
		given(this.organisations.findProfile("lab")).willReturn(Optional.of(lab));
		given(this.organisations.findSourceRows(List.of(7), List.of(""))).willReturn(List.<Object[]>of(new Object[] {
				new Passage(
						new SourcePassage(7, PassageKind.LIST_ITEM, "Lab", "- Lab", null, "What Is Centralized AI?")),
				null, null }));
		assertThat(this.mvc.get().uri("/projects/lab")).hasStatusOk()
			.bodyText()
			.doesNotContain("</script><script>alert(1)")
			.contains("\\u003c/script\\u003e");
		assertThat(jsonLd("/projects/lab").get("description").asString()).isEqualTo(summary);
	}

	private JsonNode jsonLd(String path) {
		String body = new String(this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		Element script = Jsoup.parse(body).selectFirst("script[type=application/ld+json]");
		assertThat(script).isNotNull();
		return this.json.readTree(script.data());
	}

	private void givenOpenAiProfile() {
		Organisation openai = openai();
		openai.getFacts()
			.add(new Fact(openai, FactTopic.FOUNDED, "Announced on 11 December 2015 as a nonprofit", List.of("S1"),
					"2015-12-11", false, 0));
		openai.getFacts()
			.add(new Fact(openai, FactTopic.ACTIVITY, "AI research and deployment", List.of("S1"), "2026-11", true,
					false, null, 1));
		openai.getFacts()
			.add(new Fact(openai, FactTopic.GOVERNANCE, "Microsoft\u2019s stake of about 27%", List.of("S6"),
					"2026-04-29", false, true, "microsoft-stake", 2));
		given(this.organisations.findProfile("openai")).willReturn(Optional.of(openai));
		Passage named = new Passage(
				new SourcePassage(7, PassageKind.LIST_ITEM, "OpenAI", "- OpenAI", null, "What Is Centralized AI?"));
		Passage known = new Passage(
				new SourcePassage(169, PassageKind.PARAGRAPH, "Known for ChatGPT and advanced language models.",
						"Known for ChatGPT and advanced language models.", null, "OpenAI"));
		Article examples = new Article("real-world-examples", "Real-World Examples", false, ArticleKind.EXAMPLES, null,
				8, "The leaders.", 166, 187);
		Reference fastCompany = new Reference("S1", "Fast Company", 0);
		Reference roundUp = new Reference("S6", "San Francisco Foundation round-up", 2);
		// What the database answers: only the references the facts cite.
		given(this.organisations.findSourceRows(List.of(7, 169), List.of("S1", "S6")))
			.willReturn(List.of(new Object[] { named, null, fastCompany }, new Object[] { named, null, roundUp },
					new Object[] { known, examples, fastCompany }, new Object[] { known, examples, roundUp }));
	}

	static Organisation openai() {
		Organisation openai = new Organisation("openai", "OpenAI", CENTRALIZED, 0,
				"AI research and deployment company.", List.of(7, 169));
		openai.getProducts().add(new Product(openai, "ChatGPT", 0, List.of(63, 169)));
		return openai;
	}

	static Organisation bittensor() {
		return new Organisation("bittensor", "Bittensor", DECENTRALIZED, 6, "A machine learning network.",
				List.of(179, 180, 187));
	}

	static Organisation oceanProtocol() {
		return new Organisation("ocean-protocol", "Ocean Protocol", DECENTRALIZED, 9, "Data sharing for AI.",
				List.of(185, 186, 187));
	}

	static DeploymentModel model(String slug, String name, int position) {
		return new DeploymentModel(slug, name, position, "Summary.",
				new DeploymentModel.Passages(List.of(), List.of(), List.of(), List.of()));
	}

	@Test
	void aProfileListsItsOwnChangesEditionByEdition() {
		givenOpenAiProfile();
		given(this.editions.changesOf(EditionKeys.organisation("openai")))
			.willReturn(List.of(new ChangesPage.OwnChange(2, LocalDate.of(2026, 12, 3), "3 December 2026",
					new ChangesPage.Line(EditionItem.Kind.FACT, EditionChange.Type.CHANGED, "Products", "GPT models",
							"GPT and o-series models", ""))));
		var page = assertThat(this.mvc.get().uri("/projects/openai")).hasStatusOk();
		page.bodyText()
			.containsSubsequence("Changes to this profile", ">Edition 2</a>", "3 December 2026",
					"Products: was \u201cGPT models\u201d, now \u201cGPT and o-series models\u201d");
		page.body().asString().contains("href=\"/changes#edition-2\"");
	}

	@Test
	void aProfileThatNeverChangedSaysSo() {
		givenOpenAiProfile();
		assertThat(this.mvc.get().uri("/projects/openai")).hasStatusOk()
			.bodyText()
			.contains("Changes to this profile", "Nothing here has changed since the first edition.");
	}

}
