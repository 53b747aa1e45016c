package org.aicompare.comparison;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.edition.EditionHistory;
import org.aicompare.edition.EditionIndex;
import org.aicompare.edition.Editions;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison pages' reads on the content as the import leaves it.
 */
@DataJpaTest
@Import({ SeededContent.class, MatrixService.class, Editions.class, EditionHistory.class, EditionIndex.class })
class ComparisonSeededTests {

	@Autowired
	private MatrixService matrix;

	@Autowired
	private DimensionRepository dimensions;

	@Autowired
	private PassageRepository passages;

	@Test
	void theExamplesOfEachModelAreIntroducedByTheLineTheModelPageQuotes() {
		assertThat(
				this.passages.findByNumber(ModelController.EXAMPLES_INTRO.get("centralized")).orElseThrow().getText())
			.isEqualTo("Popular examples include:");
		Passage decentralized = this.passages.findByNumber(ModelController.EXAMPLES_INTRO.get("decentralized"))
			.orElseThrow();
		assertThat(decentralized.getText()).isEqualTo("Examples of decentralized AI projects include:");
		assertThat(decentralized.getRepair()).contains("empty");
	}

	@Test
	void theMatrixCarriesQuestionsSummariesAndEveryCitation() {
		Matrix matrix = this.matrix.matrix();
		assertThat(matrix.slugs()).containsExactly("centralized", "decentralized", "hybrid");
		assertThat(matrix.models()).allSatisfy((column) -> assertThat(column.summary()).isNotBlank());
		assertThat(matrix.rows()).hasSize(8).allSatisfy((row) -> assertThat(row.question()).endsWith("?"));
		Matrix.Entry centralizedControl = matrix.rows().get(0).cells().get(0);
		assertThat(centralizedControl.firstCite()).isEqualTo(36);
		assertThat(centralizedControl.otherCites()).containsExactly(14, 54, 101);
	}

	@Test
	void aNarrowedMatrixKeepsTheSiteOrderAndDrawsOneOutlinePerModel() {
		Matrix all = this.matrix.matrix();
		Matrix two = all.only(List.of("hybrid", "centralized"));
		assertThat(two.slugs()).containsExactly("centralized", "hybrid");
		assertThat(two.rows()).allSatisfy((row) -> assertThat(row.cells()).extracting(Matrix.Entry::model)
			.containsExactly("centralized", "hybrid"));
		RadarChart chart = RadarChart.of(two, all.slugs());
		assertThat(chart.axes()).hasSize(8);
		assertThat(chart.outlines()).hasSize(2)
			.allSatisfy((outline) -> assertThat(outline.points().split(" ")).hasSize(8));
	}

	@Test
	void theMethodologyListsTheDimensionsAndTheRepairedPassagesInOrder() {
		assertThat(this.dimensions.findAllByOrderByPosition()).extracting(Dimension::getSlug)
			.containsExactly("control", "transparency", "data-ownership", "scalability", "security", "innovation-speed",
					"cost-efficiency", "governance");
		assertThat(this.passages.findByRepairIsNotNullOrderByNumber()).extracting(Passage::getNumber)
			.containsExactly(21, 23, 24);
	}

}
