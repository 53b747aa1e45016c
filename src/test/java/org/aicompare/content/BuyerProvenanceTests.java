package org.aicompare.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.comparison.CellEvidence;
import org.aicompare.comparison.CellEvidenceRepository;
import org.aicompare.project.BuyerAnswer;
import org.aicompare.project.BuyerAnswerRepository;
import org.aicompare.project.Finding;
import org.aicompare.project.TransparencyEditionRepository;
import org.aicompare.project.TransparencyScore;
import org.aicompare.project.TransparencyScoreRepository;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the "For a business" panels and the Transparency Index scores against the rules
 * of the research notes: a yes, partly or no rests on references a reader can follow,
 * nothing found is never a no, every answer has its date, and the index's figures shown
 * under the matrix are the ones the profiles show.
 */
@DataJpaTest
@Import(SeededContent.class)
class BuyerProvenanceTests {

	@Autowired
	private BuyerAnswerRepository answers;

	@Autowired
	private ReferenceRepository references;

	@Autowired
	private TransparencyEditionRepository editions;

	@Autowired
	private TransparencyScoreRepository scores;

	@Autowired
	private CellEvidenceRepository evidence;

	@Test
	void everyOrganisationAnswersNineQuestions() {
		Map<String, Long> perOrganisation = this.answers.findAllWithOrganisation()
			.stream()
			.collect(Collectors.groupingBy((answer) -> answer.getOrganisation().getSlug(), Collectors.counting()));
		assertThat(perOrganisation).hasSize(10).allSatisfy((slug, count) -> assertThat(count).as(slug).isEqualTo(9));
	}

	@Test
	void everyStatedAnswerRestsOnReferencesWithAnAddressAndEveryAnswerHasADate() {
		Map<String, Reference> byCode = this.references.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Reference::getCode, Function.identity()));
		for (BuyerAnswer answer : this.answers.findAllWithOrganisation()) {
			String where = answer.getOrganisation().getSlug() + " " + answer.getQuestion();
			assertThat(answer.getAsOf()).as(where).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
			if (answer.getFinding() != Finding.NONE_FOUND) {
				assertThat(answer.getSources()).as(where).isNotEmpty();
			}
			answer.getSources()
				.forEach((code) -> assertThat(byCode.get(code).getAddress()).as(where + " " + code)
					.startsWith("https://"));
		}
	}

	@Test
	void nothingFoundIsNeverANo() {
		assertThat(this.answers.findAllWithOrganisation()).filteredOn((answer) -> answer.getFinding() == Finding.NO)
			.allSatisfy((answer) -> assertThat(answer.getText()).doesNotContainIgnoringCase("not found")
				.doesNotContainIgnoringCase("none found"));
	}

	@Test
	void onlyTheFirstReferencesLackAnAddress() {
		assertThat(this.references.findAllByOrderByPosition()).filteredOn((reference) -> reference.getAddress() == null)
			.allSatisfy((reference) -> assertThat(reference.getCode()).matches("S\\d+[a-z]?"));
	}

	@Test
	void theIndexFiguresUnderTheMatrixAreTheOnesTheProfilesShow() {
		List<String> evidence = this.evidence.findAll().stream().map(CellEvidence::getText).toList();
		String means = evidence.stream().filter((text) -> text.contains("mean score")).findFirst().orElseThrow();
		this.editions.findAllByOrderByPosition()
			.forEach((edition) -> assertThat(means).contains(edition.getMean().toPlainString() + " ",
					"(" + edition.getDevelopers()));
		String companies = evidence.stream()
			.filter((text) -> text.startsWith("Scores of the centralized companies"))
			.findFirst()
			.orElseThrow();
		Map<String, List<Integer>> bySlug = this.scores.findAllWithEditions()
			.stream()
			.collect(Collectors.groupingBy((score) -> score.getOrganisation().getSlug(),
					Collectors.mapping(TransparencyScore::getScore, Collectors.toList())));
		assertThat(bySlug).containsEntry("openai", List.of(48, 49, 35))
			.containsEntry("meta-ai", List.of(54, 60, 31))
			.containsEntry("microsoft-ai", List.of(62))
			.doesNotContainKeys("bittensor", "singularitynet", "fetch-ai", "ocean-protocol");
		assertThat(companies).contains("OpenAI 48, 49, 35", "Google 40, 47, 41", "Amazon 12, 41, 39", "Meta 54, 60, 31",
				"Anthropic 36, 51, 46", "(62)");
		assertThat(evidence).anySatisfy((text) -> assertThat(text).contains("not a trend"))
			.anySatisfy((text) -> assertThat(text).contains("does not score decentralized networks"));
	}

}
