package org.aicompare.hybrid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aicompare.project.OrganisationPatterns;

/**
 * Tells the organisation pages which hybrid patterns each organisation takes part in.
 */
@Component
class HybridParticipation implements OrganisationPatterns {

	private final HybridCatalogue catalogue;

	HybridParticipation(HybridCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String model() {
		return HybridCatalogue.MODEL;
	}

	@Override
	public List<PatternLink> patternsOf(String organisation) {
		return this.catalogue.catalogue()
			.withOrganisation(organisation)
			.stream()
			.map((pattern) -> new PatternLink(pattern.slug(), pattern.name(), pattern.path(),
					pattern.parties()
						.stream()
						.filter((party) -> organisation.equals(party.organisation()))
						.map(PatternSummary.Party::role)
						.findFirst()
						.orElseThrow()))
			.toList();
	}

	@Override
	public Set<String> participants() {
		Set<String> slugs = new LinkedHashSet<>();
		this.catalogue.catalogue()
			.patterns()
			.forEach((pattern) -> pattern.parties()
				.stream()
				.filter(PatternSummary.Party::hasProfile)
				.forEach((party) -> slugs.add(party.organisation())));
		return slugs;
	}

}
