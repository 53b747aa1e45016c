package org.aicompare.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.priority.EvidenceLink;
import org.aicompare.priority.Preset;
import org.aicompare.priority.PresetRepository;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.project.Requirement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that every priority says why it is measured as it is, that what it counts of a
 * buyer's facts are yes-or-no questions, and that every preset's must-haves are stated
 * with their reason.
 */
@DataJpaTest
@Import(SeededContent.class)
class PriorityMappingProvenanceTests {

	@Autowired
	private PriorityRepository priorities;

	@Autowired
	private PresetRepository presets;

	@Test
	void everyPriorityGivesTheReasonForHowItIsMeasured() {
		List<Priority> all = this.priorities.findAllWithWeights();
		assertThat(all).hasSize(14);
		all.forEach((priority) -> assertThat(priority.getReview()).as(priority.getSlug())
			.startsWith(priority.getReview().startsWith("Kept") ? "Kept" : "Changed")
			.hasSizeGreaterThan(60));
	}

	@Test
	void everyChangedPriorityCountsABuyerFactAndEveryCountedFactIsAYesOrNoQuestion() {
		for (Priority priority : this.priorities.findAllWithWeights()) {
			List<EvidenceLink> evidence = priority.getEvidence();
			evidence.forEach((link) -> assertThat(link.question().isYesOrNo()).as(priority.getSlug()).isTrue());
			if (priority.getReview().startsWith("Changed")) {
				assertThat(evidence).as(priority.getSlug() + " says it changed").isNotEmpty();
			}
			else {
				assertThat(evidence).as(priority.getSlug() + " says it was kept").isEmpty();
			}
		}
	}

	@Test
	void theRegulatedEnterprisePresetSetsWhatARegulatedEuBusinessRequiresAndSaysWhy() {
		Preset regulated = this.presets.findAllByOrderByPosition()
			.stream()
			.filter((preset) -> preset.getSlug().equals("regulated-enterprise"))
			.findFirst()
			.orElseThrow();
		assertThat(Requirement.parse(List.of(regulated.getRequirements()))).containsExactlyInAnyOrder(
				Requirement.EU_DATA_RESIDENCY, Requirement.NO_TRAINING_BY_DEFAULT, Requirement.DPA_OFFERED);
		assertThat(regulated.getRequirementsRationale()).contains("EU", "training", "processing agreement");
	}

	@Test
	void everyPresetWithMustHavesSaysWhy() {
		this.presets.findAllByOrderByPosition()
			.stream()
			.filter((preset) -> !preset.getRequirements().isEmpty())
			.forEach((preset) -> assertThat(preset.getRequirementsRationale()).as(preset.getSlug()).isNotBlank());
	}

}
