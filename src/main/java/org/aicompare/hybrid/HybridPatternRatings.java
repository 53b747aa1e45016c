package org.aicompare.hybrid;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.priority.PatternRatings;

/**
 * Gives the advisor the hybrid patterns with their ratings, so it ranks them for a
 * reader's priorities with the same arithmetic as the models.
 */
@Component
class HybridPatternRatings implements PatternRatings {

	private final HybridCatalogue catalogue;

	HybridPatternRatings(HybridCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String model() {
		return HybridCatalogue.MODEL;
	}

	@Override
	public List<RatedPattern> ratedPatterns() {
		return this.catalogue.catalogue()
			.patterns()
			.stream()
			.map((pattern) -> new RatedPattern(pattern.slug(), pattern.name(), pattern.path(),
					pattern.ratingsByDimension()))
			.toList();
	}

}
