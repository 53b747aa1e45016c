package org.aicompare.comparison;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.source.CitationIndex.Citation;
import org.aicompare.web.PageLink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ComparisonCitations} on the seeded content.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ SeededContent.class, ComparisonCitations.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class ComparisonCitationsTests {

	@Autowired
	private ComparisonCitations index;

	@Autowired
	private DeploymentModelRepository models;

	@Autowired
	private DimensionRepository dimensions;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void everyPassageTheMatrixCitesIsCitedByTheComparePage() {
		Set<Integer> cited = this.dimensions.findMatrix()
			.stream()
			.flatMap((dimension) -> Stream.concat(Stream.of(dimension.getPassage()),
					dimension.getCells().stream().flatMap((cell) -> cell.getCites().stream())))
			.collect(Collectors.toSet());
		assertThat(passagesCitedBy("/compare")).containsAll(cited);
		assertThat(this.index.citations()).contains(new Citation(36, new PageLink("Comparison matrix", "/compare")));
	}

	@Test
	void everyPassageAModelCitesIsCitedByItsPage() {
		for (DeploymentModel model : this.models.findAllByOrderByPosition()) {
			List<Integer> cited = Stream
				.of(model.getDefinition(), model.getCharacteristics(), model.getExamples(), model.getWhenToChoose())
				.flatMap(List::stream)
				.toList();
			assertThat(passagesCitedBy("/models/" + model.getSlug())).as(model.getSlug()).containsAll(cited);
		}
		assertThat(this.index.citations())
			.contains(new Citation(14, new PageLink("Centralized AI", "/models/centralized")));
	}

	@Test
	void costsTwoStatementsWhateverTheNumberOfCells() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.index.citations();
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	private Set<Integer> passagesCitedBy(String path) {
		return this.index.citations()
			.stream()
			.filter((citation) -> citation.page().path().equals(path))
			.map(Citation::passage)
			.collect(Collectors.toSet());
	}

}
