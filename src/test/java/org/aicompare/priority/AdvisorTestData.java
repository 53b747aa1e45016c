package org.aicompare.priority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aicompare.project.BuyerPanel;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.project.Finding;

/**
 * A small advisor data set for web tests: two models and three priorities over two
 * dimensions.
 */
final class AdvisorTestData {

	private AdvisorTestData() {
	}

	static AdvisorData.Snapshot snapshot() {
		List<PrioritySummary> priorities = List
			.of(new Priority("speed", "Speed", Leaning.CENTRALIZED, 0, "Fast updates.", List.of(191), List.of()),
					new Priority("transparency", "Transparency", Leaning.DECENTRALIZED, 1, "See how it works.",
							List.of(196), List.of()),
					new Priority("trust", "Trust", Leaning.HYBRID, 2, "Rely on it.", List.of(212), List.of()))
			.stream()
			.map(PrioritySummary::of)
			.toList();
		Map<String, String> models = new LinkedHashMap<>();
		models.put("centralized", "Centralized AI");
		models.put("decentralized", "Decentralized AI");
		Map<String, List<ScoringData.Link>> links = new LinkedHashMap<>();
		links.put("speed", List.of(new ScoringData.Link("innovation-speed", 3, Pole.HIGH)));
		links.put("transparency", List.of(new ScoringData.Link("transparency", 3, Pole.HIGH)));
		links.put("trust", List.of(new ScoringData.Link("transparency", 1, Pole.HIGH),
				new ScoringData.Link("innovation-speed", 1, Pole.HIGH)));
		Map<String, Map<String, Integer>> ratings = Map.of("innovation-speed",
				Map.of("centralized", 5, "decentralized", 3), "transparency",
				Map.of("centralized", 2, "decentralized", 4));
		Map<String, AdvisorData.Organisations.Profile> profiles = new LinkedHashMap<>();
		profiles.put("acme",
				new AdvisorData.Organisations.Profile("acme", "Acme AI", "centralized", "Centralized AI", List.of()));
		profiles.put("commons", new AdvisorData.Organisations.Profile("commons", "Commons Net", "decentralized",
				"Decentralized AI", List.of()));
		Map<String, Map<String, Integer>> organisationRatings = Map.of("innovation-speed",
				Map.of("acme", 5, "commons", 3), "transparency", Map.of("acme", 2, "commons", 5));
		return new AdvisorData.Snapshot(priorities, models,
				new ScoringData(List.copyOf(models.keySet()), links, ratings), new AdvisorData.Organisations(profiles,
						new ScoringData(List.copyOf(profiles.keySet()), links, organisationRatings)));
	}

	/**
	 * Panels in which Acme documents EU residency and Commons Net answers nothing.
	 */
	static BuyerPanels.Panels panels() {
		BuyerPanel acme = new BuyerPanel("acme", "Acme AI", List.of(new BuyerPanel.Row(BuyerQuestion.EU_RESIDENCY,
				Finding.YES, "Data can stay in the EU.", List.of(), "2026-12-02")));
		return new BuyerPanels.Panels(Map.of("acme", acme), List.of("acme", "commons"), List.of(), Map.of(), Set.of(),
				List.of());
	}

}
