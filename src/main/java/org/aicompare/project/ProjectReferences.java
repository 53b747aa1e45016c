package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.ReferenceIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which statements of the organisation profiles cite each
 * reference: the facts, the answers of the "For a business" panels and the ratings.
 */
@Component
class ProjectReferences implements ReferenceIndex {

	private final OrganisationRepository organisations;

	private final BuyerAnswerRepository answers;

	private final OrganisationRatingRepository ratings;

	ProjectReferences(OrganisationRepository organisations, BuyerAnswerRepository answers,
			OrganisationRatingRepository ratings) {
		this.organisations = organisations;
		this.answers = answers;
		this.ratings = ratings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Use> uses() {
		List<Use> uses = new ArrayList<>();
		for (Organisation organisation : this.organisations.findAllProfiles()) {
			PageLink page = page(organisation, "");
			organisation.getFacts()
				.forEach((fact) -> fact.getSources().forEach((code) -> uses.add(new Use(code, page, fact.getText()))));
		}
		for (BuyerAnswer answer : this.answers.findAllWithOrganisation()) {
			PageLink page = page(answer.getOrganisation(), "#for-a-business");
			answer.getSources().forEach((code) -> uses.add(new Use(code, page, answer.getText())));
		}
		for (OrganisationRating rating : this.ratings.findAllForScoring()) {
			if (rating.getRationale() != null) {
				PageLink page = page(rating.getOrganisation(), "");
				rating.getSources().forEach((code) -> uses.add(new Use(code, page, rating.getRationale())));
			}
		}
		return uses;
	}

	private static PageLink page(Organisation organisation, String anchor) {
		return new PageLink(organisation.getName(), "/projects/" + organisation.getSlug() + anchor);
	}

}
