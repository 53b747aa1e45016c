package org.aicompare.comparison;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.SourcePassage;
import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;
import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ModelController}.
 */
@WebMvcTest(ModelController.class)
@Import({ ModelControllerTests.ArticlesAboutCentralizedAi.class, SecurityConfiguration.class })
class ModelControllerTests {

	private static final Map<Integer, Passage> SOURCE = Map.ofEntries(
			passage(5, PassageKind.PARAGRAPH, "Centralized AI refers to systems run by a single organization."),
			passage(6, PassageKind.PARAGRAPH, "Popular examples include:"), passage(7, PassageKind.LIST_ITEM, "OpenAI"),
			passage(14, PassageKind.LIST_ITEM, "Controlled by one organization"),
			passage(15, PassageKind.LIST_ITEM, "Proprietary datasets and algorithms"),
			passage(22, PassageKind.PARAGRAPH, "Decentralized AI distributes AI development."),
			passage(27, PassageKind.LIST_ITEM, "Community-driven development"),
			passage(179, PassageKind.HEADING, "Bittensor"), passage(185, PassageKind.HEADING, "Ocean Protocol"),
			passage(190, PassageKind.PARAGRAPH, "Choose centralized AI if your business values:"),
			passage(191, PassageKind.LIST_ITEM, "Speed"),
			passage(195, PassageKind.PARAGRAPH, "Choose decentralized AI:"),
			passage(200, PassageKind.PARAGRAPH, "Hybrid adoption may become common."),
			passage(203, PassageKind.PARAGRAPH, "A hybrid model could emerge where:"),
			passage(204, PassageKind.LIST_ITEM, "Centralized AI delivers performance"),
			passage(209, PassageKind.LIST_ITEM, "Efficiency"),
			Map.entry(24, new Passage(new SourcePassage(24, PassageKind.PARAGRAPH,
					"Examples of decentralized AI projects include:", "Examples of decentralized AI projects include:",
					"The list after this line is empty in the source.", "What Is Decentralized AI?"))));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeploymentModelRepository models;

	@MockitoBean
	private MatrixService matrix;

	@MockitoBean
	private PassageRepository passages;

	@BeforeEach
	void content() {
		given(this.models.findBySlug(anyString())).willReturn(Optional.empty());
		model("centralized", "Centralized AI", "One company runs it.",
				new DeploymentModel.Passages(List.of(5), List.of(14, 15), List.of(7), List.of(190, 191)));
		model("decentralized", "Decentralized AI", "A network runs it.",
				new DeploymentModel.Passages(List.of(22), List.of(27), List.of(179, 185), List.of(195)));
		model("hybrid", "Hybrid AI", "Both.",
				new DeploymentModel.Passages(List.of(203), List.of(204, 209), List.of(), List.of(200)));
		given(this.matrix.matrix()).willReturn(MatrixFixture.matrix());
		given(this.passages.findByNumberInOrderByNumber(anyCollection()))
			.willAnswer((call) -> call.<Collection<Integer>>getArgument(0).stream().sorted().map(SOURCE::get).toList());
	}

	@Test
	void showsTheNameAndTheSummaryMarkedAsAdded() {
		assertThat(this.mvc.get().uri("/models/centralized")).hasStatusOk()
			.hasViewName(ModelController.VIEW)
			.bodyText()
			.contains("<h1>Centralized AI</h1>", "One company runs it.", "Added by aicompare");
	}

	@Test
	void quotesTheDefinitionCharacteristicsExamplesAndWhenToChooseWithCitations() {
		assertThat(this.mvc.get().uri("/models/centralized")).bodyText()
			.contains("Centralized AI refers to systems run by a single organization.", "href=\"/sources#p-5\"",
					"Key characteristics", "Controlled by one organization", "href=\"/sources#p-15\"",
					"Popular examples include:", "href=\"/sources#p-6\"", "OpenAI", "href=\"/sources#p-7\"",
					"Choose centralized AI if your business values:", "Speed", "href=\"/sources#p-191\"")
			.doesNotContain("The source gives hybrid AI no list");
	}

	@Test
	void explainsTheEmptyListOfDecentralizedExamplesWithTheRepairNote() {
		assertThat(this.mvc.get().uri("/models/decentralized")).hasStatusOk()
			.bodyText()
			.contains("Examples of decentralized AI projects include:", "href=\"/sources#p-24\"",
					"Repaired for display:", "The list after this line is empty in the source.", "Bittensor",
					"href=\"/sources#p-179\"", "Ocean Protocol", "href=\"/sources#p-185\"");
	}

	@Test
	void labelsWhatTheSourceSaysAHybridDeliversAndCombines() {
		assertThat(this.mvc.get().uri("/models/hybrid")).hasStatusOk()
			.bodyText()
			.contains("What the source says a hybrid delivers and combines", "Centralized AI delivers performance",
					"The source names no examples of hybrid AI.",
					"The source gives hybrid AI no list of key characteristics.",
					"The source gives no list of reasons to choose a hybrid")
			.doesNotContain("Key characteristics");
	}

	@Test
	void showsTheModelsColumnOfTheMatrix() {
		assertThat(this.mvc.get().uri("/models/decentralized")).bodyText()
			.contains("Decentralized AI on the eight dimensions of the comparison", "Distributed network", "5 of 5",
					"Improving", "2 of 5", ">Quoted<", "href=\"/sources#p-39\"", "href=\"/compare#dimension-control\"")
			.doesNotContain("Single organization");
	}

	@Test
	void linksTheThreeModelPagesToEachOther() {
		assertThat(this.mvc.get().uri("/models/hybrid")).bodyText()
			.contains("href=\"/models/centralized\"", "href=\"/models/decentralized\"",
					"<a href=\"/models/hybrid\" aria-current=\"page\">Hybrid AI</a>",
					"Compare Hybrid AI with Centralized AI");
	}

	@Test
	void showsTheLinksOtherFeaturesRelateToTheModel() {
		assertThat(this.mvc.get().uri("/models/centralized")).bodyText()
			.contains("<h2 id=\"related-0\">Articles</h2>", "href=\"/articles/advantages-of-centralized-ai\"",
					"Advantages of centralized AI");
	}

	@Test
	void showsNoRelatedSectionWhenNoFeatureHasLinks() {
		assertThat(this.mvc.get().uri("/models/hybrid")).bodyText().doesNotContain("class=\"related\"");
	}

	@Test
	void answersAnUnknownModelWithNotFound() {
		assertThat(this.mvc.get().uri("/models/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.failure()
			.isInstanceOf(ModelNotFoundException.class);
	}

	private void model(String slug, String name, String summary, DeploymentModel.Passages passages) {
		given(this.models.findBySlug(slug))
			.willReturn(Optional.of(new DeploymentModel(slug, name, 0, summary, passages)));
	}

	private static Map.Entry<Integer, Passage> passage(int number, PassageKind kind, String text) {
		return Map.entry(number, new Passage(new SourcePassage(number, kind, text, text, null, "Section")));
	}

	/**
	 * Stands in for the articles feature, which relates articles to model pages.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ArticlesAboutCentralizedAi {

		@Bean
		RelatedLinks articlesAboutCentralizedAi() {
			return (kind, slug) -> new RelatedLinks.Section("nav.articles",
					(kind == PageKind.MODEL && slug.equals("centralized")) ? List
						.of(new PageLink("Advantages of centralized AI", "/articles/advantages-of-centralized-ai"))
							: List.of());
		}

	}

}
