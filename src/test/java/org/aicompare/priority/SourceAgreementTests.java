package org.aicompare.priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.edition.EditionHistory;
import org.aicompare.edition.EditionIndex;
import org.aicompare.edition.Editions;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.OrganisationRatings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor, on the seeded ratings and priority weights, agrees with the source's
 * "Which Model Is Better for Businesses?": each of its eight priorities alone recommends
 * the model the source recommends for it, and an even mix of both lists recommends a
 * hybrid ("Hybrid adoption may become common").
 */
@DataJpaTest
@Import({ SeededContent.class, AdvisorData.class, BuyerPanels.class, OrganisationRatings.class, Editions.class,
		EditionHistory.class, EditionIndex.class })
class SourceAgreementTests {

	private static final List<String> CENTRALIZED = List.of("speed", "reliability", "enterprise-support",
			"proven-performance");

	private static final List<String> DECENTRALIZED = List.of("transparency", "data-ownership",
			"community-participation", "reduced-vendor-lock-in");

	@Autowired
	private AdvisorData advisorData;

	@ParameterizedTest
	@CsvSource({ "speed, centralized", "reliability, centralized", "enterprise-support, centralized",
			"proven-performance, centralized", "transparency, decentralized", "data-ownership, decentralized",
			"community-participation, decentralized", "reduced-vendor-lock-in, decentralized" })
	void eachPriorityOfTheSourceAloneRecommendsTheModelTheSourceRecommends(String priority, String model) {
		for (int weight = Scorer.MIN_WEIGHT; weight <= Scorer.MAX_WEIGHT; weight++) {
			assertThat(scorer().score(Map.of(priority, weight)).winner()).isEqualTo(model);
		}
	}

	@Test
	void anEvenMixOfBothListsRecommendsHybrid() {
		Map<String, Integer> mix = new LinkedHashMap<>();
		CENTRALIZED.forEach((priority) -> mix.put(priority, 1));
		DECENTRALIZED.forEach((priority) -> mix.put(priority, 1));
		assertThat(scorer().score(mix).winner()).isEqualTo("hybrid");
		mix.replaceAll((priority, weight) -> 3);
		assertThat(scorer().score(mix).winner()).as("the same mix, all weighed 3").isEqualTo("hybrid");
	}

	private Scorer scorer() {
		return new Scorer(this.advisorData.load().scoring());
	}

}
