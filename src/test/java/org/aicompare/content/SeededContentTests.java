package org.aicompare.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleRepository;
import org.aicompare.article.ArticleSection;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comparison.CellKind;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.priority.Leaning;
import org.aicompare.priority.Preset;
import org.aicompare.priority.PresetRepository;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.project.Fact;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRating;
import org.aicompare.project.OrganisationRatingRepository;
import org.aicompare.project.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the content as the import leaves it in the database.
 */
@DataJpaTest
@Import(SeededContent.class)
class SeededContentTests {

	@Autowired
	private DeploymentModelRepository models;

	@Autowired
	private DimensionRepository dimensions;

	@Autowired
	private PriorityRepository priorities;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private CommentRepository comments;

	@Autowired
	private ContentVersionRepository versions;

	@Autowired
	private PresetRepository presets;

	@Autowired
	private OrganisationRatingRepository organisationRatings;

	@Test
	void seedsTheThreeModelsWithTheirCharacteristics() {
		List<DeploymentModel> all = this.models.findAllByOrderByPosition();
		assertThat(all).extracting(DeploymentModel::getSlug).containsExactly("centralized", "decentralized", "hybrid");
		assertThat(all).allSatisfy((model) -> assertThat(model.getCharacteristics()).hasSize(6));
		assertThat(all.get(1).getExamples()).as("the repaired, empty list of examples").hasSize(4);
	}

	@Test
	void seedsEightDimensionsWithARatedCellForEveryModel() {
		List<Dimension> matrix = this.dimensions.findMatrix();
		assertThat(matrix).extracting(Dimension::getName)
			.containsExactly("Control", "Transparency", "Data Ownership", "Scalability", "Security", "Innovation Speed",
					"Cost Efficiency", "Governance");
		assertThat(matrix).allSatisfy((dimension) -> {
			assertThat(dimension.getCells()).hasSize(3);
			assertThat(dimension.getCells()).allSatisfy((cell) -> {
				assertThat(cell.getRating()).isBetween(1, 5);
				assertThat(cell.getRationale()).isNotBlank();
				assertThat(cell.getCites()).isNotEmpty();
				assertThat(cell.getKind())
					.isEqualTo(cell.getModel().getSlug().equals("hybrid") ? CellKind.DERIVED : CellKind.QUOTED);
			});
		});
	}

	@Test
	void seedsThePointsOfEachProsAndConsArticle() {
		assertThat(points("advantages-of-centralized-ai")).containsExactly("Superior Performance", "Faster Innovation",
				"Better User Experience", "Strong Funding");
		assertThat(points("challenges-of-centralized-ai")).containsExactly("Privacy Risks", "Lack of Transparency",
				"Monopoly Concerns", "Censorship and Control");
		assertThat(points("advantages-of-decentralized-ai")).containsExactly("Greater Transparency", "User Ownership",
				"Censorship Resistance", "Incentivized Collaboration", "Alignment With Web3 Principles");
		assertThat(points("challenges-of-decentralized-ai")).containsExactly("Scalability Issues",
				"Governance Complexity", "Funding Constraints", "User Experience Gaps");
	}

	@Test
	void seedsEverySectionOfTheSourceAsAnArticleInReadingOrder() {
		List<Article> all = this.articles.findAllByOrderByPosition();
		assertThat(all).hasSize(13);
		assertThat(all.get(0).getFirstPassage()).isEqualTo(1);
		for (int i = 1; i < all.size(); i++) {
			assertThat(all.get(i).getFirstPassage()).isEqualTo(all.get(i - 1).getLastPassage() + 1);
		}
		assertThat(all.get(all.size() - 1).getLastPassage()).as("the last passage before the comments").isEqualTo(235);
		assertThat(all).filteredOn(Article::isTitleAdded)
			.extracting(Article::getSlug)
			.containsExactly("decentralized-vs-centralized-ai");
	}

	@Test
	void nestsTheExampleOrganisationsUnderTheirGroupHeadings() {
		List<ArticleSection> sections = this.articles.findWithSections("real-world-examples")
			.orElseThrow()
			.getSections();
		assertThat(sections).extracting(ArticleSection::getTitle, ArticleSection::getLevel)
			.startsWith(org.assertj.core.groups.Tuple.tuple("Centralized AI Leaders", 2),
					org.assertj.core.groups.Tuple.tuple("OpenAI", 3));
		assertThat(sections).filteredOn((section) -> "Decentralized AI Innovators".equals(section.getTitle()))
			.singleElement()
			.extracting(ArticleSection::getLevel)
			.isEqualTo(2);
	}

	@Test
	void seedsFourteenPrioritiesEachTiedToAtLeastOneDimension() {
		List<Priority> all = this.priorities.findAllWithWeights();
		assertThat(all).hasSize(14);
		assertThat(all).allSatisfy((priority) -> assertThat(priority.getWeights()).isNotEmpty());
		assertThat(all).filteredOn((priority) -> priority.getLeaning() == Leaning.CENTRALIZED)
			.extracting(Priority::getSlug)
			.startsWith("speed", "reliability", "enterprise-support", "proven-performance");
		assertThat(all).extracting(Priority::getSlug).doesNotHaveDuplicates();
	}

	@Test
	void seedsTenOrganisationsWithSourcedFactsEachWithItsOwnDateAndUncertainOnesLabelled() {
		assertThat(this.organisations.findAllWithProducts()).hasSize(10);
		Organisation openai = this.organisations.findProfile("openai").orElseThrow();
		assertThat(openai.getModel().getSlug()).isEqualTo("centralized");
		assertThat(openai.getFacts()).filteredOn((fact) -> fact.getText().startsWith("Microsoft holds about 27%"))
			.singleElement()
			.satisfies((fact) -> {
				assertThat(fact.isUncertain()).isFalse();
				assertThat(fact.getAsOf()).isEqualTo("2026-04-29");
				assertThat(fact.getSources()).contains("CP-R30");
			});
		assertThat(openai.getFacts()).allSatisfy((fact) -> {
			assertThat(fact.getSources()).isNotEmpty();
			assertThat(fact.getText()).doesNotContain("(uncertain)");
		});
		assertThat(this.organisations.findProfile("microsoft-ai").orElseThrow().getFacts())
			.filteredOn(Fact::isUncertain)
			.extracting(Fact::getText)
			.containsExactly("Reported 2026 reorganisation of Copilot teams");
		assertThat(this.organisations.findProfile("ocean-protocol").orElseThrow().getModel().getSlug())
			.isEqualTo("decentralized");
	}

	@Test
	void seedsTheSourceThreadWithRepliesUnderTheirCommentsAndTheSpamOutOfSight() {
		List<Comment> published = this.comments.findByStatus(CommentStatus.PUBLISHED);
		assertThat(published).filteredOn((comment) -> comment.getSourcePassage() != null).hasSize(8);
		assertThat(published).filteredOn(Comment::isAuthorReply).allSatisfy((reply) -> {
			assertThat(reply.getParent()).isNotNull();
			assertThat(reply.getSourcePassage()).isEqualTo(reply.getParent().getSourcePassage() + 1);
		});
		assertThat(published).noneMatch((comment) -> comment.getText().contains("[Product/Tool]"));
		assertThat(this.comments.findByStatus(CommentStatus.SPAM)).extracting(Comment::getSourcePassage).contains(244);
	}

	@Test
	void ratesEveryOrganisationOnEveryDimensionInheritingFromItsModelUnlessAFactSaysOtherwise() {
		List<OrganisationRating> ratings = this.organisationRatings.findAllForScoring();
		assertThat(ratings).hasSize(80);
		assertThat(ratings).filteredOn((rating) -> !rating.isInherited()).allSatisfy((rating) -> {
			assertThat(rating.getRationale()).isNotBlank();
			assertThat(rating.getSources()).isNotEmpty();
		});
		assertThat(ratings)
			.filteredOn((rating) -> rating.getOrganisation().getSlug().equals("meta-ai")
					&& rating.getDimension().getSlug().equals("transparency"))
			.singleElement()
			.satisfies((rating) -> {
				assertThat(rating.getRating()).isEqualTo(3);
				assertThat(rating.isInherited()).isFalse();
			});
		assertThat(ratings).filteredOn((rating) -> rating.getOrganisation().getSlug().equals("openai"))
			.allMatch(OrganisationRating::isInherited);
	}

	@Test
	void seedsTheAdvisorsPresetsWithValidSelections() {
		assertThat(this.presets.findAllByOrderByPosition()).extracting(Preset::getName)
			.containsExactly("Startup MVP", "Regulated enterprise", "Research lab", "Web3-native");
		assertThat(this.presets.findAll()).allSatisfy((preset) -> assertThat(preset.getRationale()).isNotBlank());
	}

	@Test
	void recordsTheVersionOfTheImportedContent() {
		ContentVersion version = this.versions.current();
		assertThat(version.getVersion()).isEqualTo("2026-12-02");
		assertThat(version.getChecksum()).hasSize(64);
	}

	private List<String> points(String slug) {
		return this.articles.findWithSections(slug)
			.orElseThrow()
			.getSections()
			.stream()
			.map(ArticleSection::getTitle)
			.filter((title) -> title != null)
			.toList();
	}

}
