package org.aicompare.content;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.comparison.DimensionRepository;
import org.aicompare.hybrid.HybridPatternRepository;
import org.aicompare.hybrid.PatternSummary;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.spectrum.Axis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the seeded hybrid patterns against what they claim: each quote of the source's
 * scenario is in the passage it cites, word for word; every reference they cite exists
 * with an https address; every rating has its reason; every axis and dimension is
 * described; every organisation named has a profile.
 */
@DataJpaTest
@Import(SeededContent.class)
class HybridProvenanceTests {

	@Autowired
	private HybridPatternRepository patterns;

	@Autowired
	private PassageRepository passages;

	@Autowired
	private ReferenceRepository references;

	@Autowired
	private DimensionRepository dimensions;

	@Autowired
	private OrganisationRepository organisations;

	private List<PatternSummary> seeded() {
		return this.patterns.findCatalogue().stream().map(PatternSummary::of).toList();
	}

	@Test
	void atLeastSixPatternsArePublished() {
		assertThat(seeded()).hasSizeGreaterThanOrEqualTo(6)
			.extracting(PatternSummary::slug)
			.contains("openai-compatible-endpoint", "compute-to-data", "federated-learning");
	}

	@Test
	void everyScenarioQuoteIsWordForWordInThePassageItCites() {
		for (PatternSummary pattern : seeded()) {
			assertThat(pattern.scenarioPassages()).as(pattern.slug()).isNotEmpty();
			String cited = this.passages.findByNumberInOrderByNumber(pattern.scenarioPassages())
				.stream()
				.map((passage) -> passage.getOriginal())
				.collect(Collectors.joining("\n"));
			assertThat(cited).as(pattern.slug()).contains(pattern.scenarioQuote());
		}
	}

	@Test
	void everyPatternQuotesTheSourcesHybridSection() {
		seeded().forEach((pattern) -> assertThat(pattern.scenarioPassages()).as(pattern.slug())
			.allSatisfy((number) -> assertThat(number).isBetween(201, 213)));
	}

	@Test
	void everyReferenceCitedExistsWithAnHttpsAddress() {
		Map<String, Reference> byCode = this.references.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Reference::getCode, Function.identity()));
		for (PatternSummary pattern : seeded()) {
			assertThat(pattern.allSources()).as(pattern.slug()).isNotEmpty();
			for (String code : pattern.allSources()) {
				assertThat(byCode).as(pattern.slug() + " cites " + code).containsKey(code);
				Reference reference = byCode.get(code);
				assertThat(URI.create(reference.getAddress()).getScheme()).as(code).isEqualTo("https");
				assertThat(reference.getKind()).as(code).isNotNull();
			}
		}
	}

	@Test
	void everyPatternIsRatedOnEveryDimensionWithAReasonAndItsReferences() {
		Set<String> dimensions = this.dimensions.findAll()
			.stream()
			.map((dimension) -> dimension.getSlug())
			.collect(Collectors.toSet());
		for (PatternSummary pattern : seeded()) {
			assertThat(pattern.ratings()).extracting(PatternSummary.Rated::dimension)
				.as(pattern.slug())
				.containsExactlyInAnyOrderElementsOf(dimensions);
			pattern.ratings().forEach((rated) -> {
				assertThat(rated.rating()).as(pattern.slug() + "/" + rated.dimension()).isBetween(1, 5);
				assertThat(rated.rationale()).as(pattern.slug() + "/" + rated.dimension()).isNotBlank();
				assertThat(rated.sources()).as(pattern.slug() + "/" + rated.dimension()).isNotEmpty();
			});
		}
	}

	@Test
	void everyPatternSaysWhatRunsWhereOnEveryAxis() {
		seeded().forEach((pattern) -> assertThat(pattern.axes()).extracting(PatternSummary.AxisText::axis)
			.as(pattern.slug())
			.containsExactly(Axis.values()));
	}

	@Test
	void everyOrganisationNamedHasAProfileAndEveryPartyAReference() {
		Set<String> profiles = this.organisations.findAll()
			.stream()
			.map((organisation) -> organisation.getSlug())
			.collect(Collectors.toSet());
		for (PatternSummary pattern : seeded()) {
			assertThat(pattern.parties()).as(pattern.slug()).isNotEmpty();
			pattern.parties().forEach((party) -> {
				assertThat(party.sources()).as(party.name()).isNotEmpty();
				if (party.hasProfile()) {
					assertThat(profiles).as(party.name()).contains(party.organisation());
				}
			});
		}
	}

}
