package org.aicompare.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleRepository;
import org.aicompare.article.ArticleSection;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comparison.Cell;
import org.aicompare.comparison.CellKind;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.project.Product;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.SourceFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the seeded database against the source text itself, read by the test and not by
 * the site's parser: every text that claims to quote the source is in it word for word,
 * and every row of its table, pros/cons point, characteristic, organisation, product and
 * priority is in the database.
 */
@DataJpaTest
@Import(SeededContent.class)
class SourceProvenanceTests {

	private static final String[] PROS_AND_CONS = { "Advantages of Centralized AI", "Challenges of Centralized AI",
			"Advantages of Decentralized AI", "Challenges of Decentralized AI", "Real-World Examples" };

	@Autowired
	private PassageRepository passageRepository;

	@Autowired
	private DimensionRepository dimensions;

	@Autowired
	private DeploymentModelRepository models;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private PriorityRepository priorities;

	@Autowired
	private CommentRepository comments;

	private final String source = SourceFixture.normalised(SourceFixture.text());

	private Map<Integer, Passage> passages;

	@BeforeEach
	void loadPassages() {
		this.passages = this.passageRepository.findAll()
			.stream()
			.collect(Collectors.toMap(Passage::getNumber, Function.identity()));
	}

	@Test
	void shipsTheSharedSourceTextUnchanged() throws IOException {
		Path shared = Path.of("..", "shared", "source", "decentralized-vs-centralized-ai.txt");
		assumeTrue(Files.exists(shared), "the shared folder is beside the checkout");
		assertThat(new ClassPathResource("content/source.txt").getContentAsByteArray())
			.isEqualTo(Files.readAllBytes(shared));
	}

	@Test
	void everyPassageKeepsTheSourceLinesItCameFrom() {
		Set<String> lines = new HashSet<>(SourceFixture.lines());
		assertThat(this.passages).hasSize(244);
		this.passages.values()
			.forEach((passage) -> passage.getOriginal()
				.lines()
				.forEach((line) -> assertThat(lines).as("passage %d", passage.getNumber()).contains(line.strip())));
		this.passages.values()
			.stream()
			.filter((passage) -> !passage.isRepaired())
			.forEach((passage) -> assertThat(passage.getOriginal()).endsWith(passage.getText()));
	}

	@Test
	void everyRowAndCellOfTheSourceTableIsInTheMatrix() {
		List<String> rows = SourceFixture.lines()
			.stream()
			.filter((line) -> line.startsWith("|") && !line.startsWith("|---") && !line.contains("| Feature |"))
			.toList();
		Map<String, Dimension> byName = this.dimensions.findMatrix()
			.stream()
			.collect(Collectors.toMap(Dimension::getName, Function.identity()));
		assertThat(rows).hasSize(8);
		for (String row : rows) {
			String[] cells = row.substring(1, row.length() - 1).split("\\|");
			Dimension dimension = byName.get(cells[0].strip());
			assertThat(dimension).as(row).isNotNull();
			assertThat(cell(dimension, "centralized").getText()).isEqualTo(cells[1].strip());
			assertThat(cell(dimension, "decentralized").getText()).isEqualTo(cells[2].strip());
			assertThat(this.passages.get(dimension.getPassage()).getOriginal()).isEqualTo(row);
		}
	}

	@Test
	void everyQuotedCellIsWordForWordInTheTableRowItCites() {
		for (Dimension dimension : this.dimensions.findMatrix()) {
			for (Cell cell : dimension.getCells()) {
				if (cell.getKind() == CellKind.QUOTED) {
					assertThat(this.passages.get(cell.getCites().get(0)).getOriginal())
						.contains("| " + cell.getText() + " |");
				}
				cell.getCites().forEach((number) -> assertThat(this.passages).containsKey(number));
			}
		}
	}

	@Test
	void everyProsAndConsHeadingBulletAndSentenceIsInItsArticle() {
		for (int i = 0; i < 4; i++) {
			List<String> expected = SourceFixture.section(PROS_AND_CONS[i], PROS_AND_CONS);
			Article article = this.articles.findWithSections(slug(PROS_AND_CONS[i])).orElseThrow();
			assertThat(article.getTitle()).isEqualTo(PROS_AND_CONS[i]);
			assertThat(articleLines(article)).as(article.getSlug()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void everyCharacteristicIsQuotedByItsModel() {
		Map<String, DeploymentModel> bySlug = this.models.findAll()
			.stream()
			.collect(Collectors.toMap(DeploymentModel::getSlug, Function.identity()));
		assertThat(texts(bySlug.get("centralized").getCharacteristics()))
			.containsExactlyElementsOf(SourceFixture.listAfter("Key Characteristics of Centralized AI"));
		assertThat(texts(bySlug.get("decentralized").getCharacteristics()))
			.containsExactlyElementsOf(SourceFixture.listAfter("Key Characteristics of Decentralized AI"));
		assertThat(texts(bySlug.get("hybrid").getCharacteristics()))
			.containsAll(SourceFixture.listAfter("This combines:"));
	}

	@Test
	void everyNamedOrganisationAndProductIsInTheDatabase() {
		List<String> named = new ArrayList<>(SourceFixture.listAfter("Popular examples include:"));
		named.addAll(List.of("Bittensor", "SingularityNET", "Fetch.ai", "Ocean Protocol"));
		named.forEach((name) -> assertThat(SourceFixture.lines()).containsAnyOf(name, "- " + name));
		List<Organisation> stored = this.organisations.findAllWithProducts();
		assertThat(stored).extracting(Organisation::getName).containsAll(named).contains("Anthropic");
		List<String> products = stored.stream()
			.flatMap((organisation) -> organisation.getProducts().stream())
			.map(Product::getName)
			.toList();
		assertThat(products).containsExactlyInAnyOrderElementsOf(SourceFixture.listAfter("For example:"));
		stored.forEach((organisation) -> organisation.getProducts()
			.forEach(
					(product) -> assertThat(texts(product.getCites())).anyMatch((t) -> t.contains(product.getName()))));
	}

	@Test
	void everyPriorityTheSourceNamesIsInTheDatabaseOnceMergedOrNot() {
		List<Priority> stored = this.priorities.findAllWithWeights();
		Set<String> cited = new HashSet<>();
		stored.forEach((priority) -> {
			priority.getCites().forEach((n) -> cited.add(this.passages.get(n).getText().toLowerCase()));
			priority.getMergedCites().forEach((n) -> cited.add(this.passages.get(n).getText().toLowerCase()));
		});
		List<String> businessPriorities = new ArrayList<>(
				SourceFixture.listAfter("Choose centralized AI if your business values:"));
		businessPriorities.addAll(SourceFixture.listAfter("Choose decentralized AI if your priorities include:"));
		assertThat(businessPriorities).hasSize(8);
		assertThat(stored).extracting((priority) -> priority.getName().toLowerCase())
			.containsAll(businessPriorities.stream().map(String::toLowerCase).toList());
		List<String> more = new ArrayList<>(SourceFixture.listAfter("This combines:"));
		SourceFixture.section("Final Verdict: Which Will Shape the Future?", "The most likely outcome?")
			.stream()
			.filter((line) -> line.startsWith("- "))
			.forEach((line) -> more.add(line.substring(2)));
		assertThat(more).hasSize(11);
		more.forEach((term) -> assertThat(cited).as(term).contains(term.toLowerCase()));
	}

	@Test
	void everyTextThatClaimsToQuoteTheSourceIsFoundInIt() {
		this.passages.values().forEach((passage) -> {
			String quoted = passage.isRepaired() ? passage.getOriginal() : passage.getText();
			assertThat(this.source).as("passage %d", passage.getNumber()).contains(SourceFixture.normalised(quoted));
		});
		assertThat(this.source).as("the joined line reads as one sentence")
			.contains(SourceFixture.normalised(this.passages.get(23).getText()));
		this.articles.findAllByOrderByPosition()
			.stream()
			.filter((article) -> !article.isTitleAdded())
			.forEach((article) -> assertThat(this.passages.get(article.getFirstPassage()).getText())
				.isEqualTo(article.getTitle()));
		List<Comment> seeded = this.comments.findAll()
			.stream()
			.filter((comment) -> comment.getSourcePassage() != null)
			.toList();
		assertThat(seeded).hasSize(9);
		seeded.forEach((comment) -> {
			assertThat(comment.getText())
				.isEqualTo(this.passages.get(comment.getSourcePassage()).getOriginal().strip());
			assertThat(this.source).contains(SourceFixture.normalised(comment.getText()));
		});
	}

	@Test
	void repairsAreOnlyTheOnesTheContentDeclaresAndKeepTheOriginal() {
		List<Passage> repaired = this.passages.values().stream().filter(Passage::isRepaired).toList();
		assertThat(repaired).extracting(Passage::getNumber).containsExactlyInAnyOrder(21, 23, 24);
		assertThat(this.passages.get(21).getText()).isEqualTo("What Is Decentralized AI?");
		assertThat(this.passages.get(21).getOriginal()).isEqualTo("What Is Decentralized");
	}

	private Cell cell(Dimension dimension, String model) {
		return dimension.getCells()
			.stream()
			.filter((cell) -> cell.getModel().getSlug().equals(model))
			.findFirst()
			.orElseThrow();
	}

	private List<String> articleLines(Article article) {
		List<String> lines = new ArrayList<>();
		for (ArticleSection section : article.getSections()) {
			if (section.getHeadingPassage() != null) {
				lines.add(this.passages.get(section.getHeadingPassage()).getOriginal());
			}
			section.getBody().forEach((number) -> lines.add(this.passages.get(number).getOriginal()));
		}
		return lines;
	}

	private List<String> texts(List<Integer> numbers) {
		return numbers.stream().map((number) -> this.passages.get(number).getText()).toList();
	}

	private static String slug(String title) {
		return title.toLowerCase().replace(' ', '-');
	}

}
