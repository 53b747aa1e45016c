package org.aicompare.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.project.OrganisationRating;
import org.aicompare.project.OrganisationRatingRepository;
import org.aicompare.project.SpectrumRating;
import org.aicompare.project.SpectrumRatingRepository;
import org.aicompare.project.StatedClaim;
import org.aicompare.project.StatedClaimRepository;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.spectrum.Axis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the decentralization spectrum against the rules of the research notes: every
 * organisation and model is rated on every axis, every rating says why and rests on
 * something a reader can follow, every stated-versus-actual panel cites both sides, and
 * the advisor's own ratings of an organisation do not contradict its spectrum.
 */
@DataJpaTest
@Import(SeededContent.class)
class SpectrumProvenanceTests {

	/** The advisor's dimensions that say the same as a spectrum axis. */
	private static final Map<String, Axis> SAME_QUESTION = Map.of("governance", Axis.GOVERNANCE, "data-ownership",
			Axis.DATA);

	@Autowired
	private SpectrumRatingRepository ratings;

	@Autowired
	private StatedClaimRepository claims;

	@Autowired
	private ReferenceRepository references;

	@Autowired
	private OrganisationRatingRepository advisorRatings;

	private Map<String, Reference> referencesByCode() {
		return this.references.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Reference::getCode, Function.identity()));
	}

	@Test
	void everyOrganisationAndEveryModelIsRatedOnEveryAxisOnce() {
		List<SpectrumRating> all = this.ratings.findAllWithOwners();
		Map<String, Set<Axis>> organisations = all.stream()
			.filter((rating) -> rating.getOrganisation() != null)
			.collect(Collectors.groupingBy((rating) -> rating.getOrganisation().getSlug(),
					Collectors.mapping(SpectrumRating::getAxis, Collectors.toSet())));
		Map<String, Set<Axis>> models = all.stream()
			.filter((rating) -> rating.getModel() != null)
			.collect(Collectors.groupingBy((rating) -> rating.getModel().getSlug(),
					Collectors.mapping(SpectrumRating::getAxis, Collectors.toSet())));
		assertThat(organisations).hasSize(10).allSatisfy((slug, axes) -> assertThat(axes).as(slug).hasSize(5));
		assertThat(models).containsOnlyKeys("centralized", "decentralized", "hybrid")
			.allSatisfy((slug, axes) -> assertThat(axes).as(slug).hasSize(5));
		assertThat(all).hasSize(13 * 5);
	}

	@Test
	void everyRatingHasAReasonADateAndAReferenceWithAnAddress() {
		Map<String, Reference> byCode = referencesByCode();
		for (SpectrumRating rating : this.ratings.findAllWithOwners()) {
			String where = ((rating.getOrganisation() != null) ? rating.getOrganisation().getSlug()
					: rating.getModel().getSlug()) + " " + rating.getAxis();
			assertThat(rating.getRating()).as(where).isBetween(1, 5);
			assertThat(rating.getReason()).as(where).isNotBlank().doesNotContain("unverified");
			assertThat(rating.getAsOf()).as(where).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
			if (rating.getOrganisation() != null) {
				assertThat(rating.getSources()).as(where)
					.isNotEmpty()
					.allSatisfy((code) -> assertThat(byCode).containsKey(code));
				assertThat(rating.getSources()).as(where)
					.anySatisfy((code) -> assertThat(byCode.get(code).getAddress()).startsWith("https://"));
			}
			else {
				assertThat(rating.getCites()).as(where).isNotEmpty();
			}
		}
	}

	@Test
	void everyOrganisationHasAStatedVersusActualPanelWithBothSidesSourced() {
		Map<String, Reference> byCode = referencesByCode();
		List<StatedClaim> all = this.claims.findAllWithOrganisation();
		assertThat(all).hasSize(10);
		for (StatedClaim claim : all) {
			String where = claim.getOrganisation().getSlug();
			assertThat(claim.getSays()).as(where).isNotBlank();
			assertThat(claim.getShows()).as(where).isNotBlank();
			assertThat(claim.getReason()).as(where).isNotBlank();
			assertThat(claim.getSaysSources()).as(where)
				.isNotEmpty()
				.allSatisfy((code) -> assertThat(byCode).containsKey(code));
			assertThat(claim.getShowsSources()).as(where)
				.isNotEmpty()
				.allSatisfy((code) -> assertThat(byCode).containsKey(code));
		}
	}

	@Test
	void whatAnOrganisationSaysOfItselfIsItsOwnDocument() {
		Map<String, Reference> byCode = referencesByCode();
		assertThat(this.claims.findAllWithOrganisation())
			.allSatisfy((claim) -> assertThat(claim.getSaysSources()).as(claim.getOrganisation().getSlug())
				.anySatisfy((code) -> assertThat(byCode.get(code).getKind())
					.isEqualTo(org.aicompare.source.ReferenceKind.PRIMARY)));
	}

	@Test
	void theAdvisorsRatingsDoNotContradictTheSpectrumOnGovernanceAndData() {
		Map<String, Integer> spectrum = this.ratings.findAllWithOwners()
			.stream()
			.filter((rating) -> rating.getOrganisation() != null)
			.collect(Collectors.toMap((rating) -> rating.getOrganisation().getSlug() + "/" + rating.getAxis(),
					SpectrumRating::getRating));
		List<OrganisationRating> compared = this.advisorRatings.findAllForScoring()
			.stream()
			.filter((rating) -> SAME_QUESTION.containsKey(rating.getDimension().getSlug()))
			.toList();
		assertThat(compared).hasSize(10 * 2);
		for (OrganisationRating rating : compared) {
			String key = rating.getOrganisation().getSlug() + "/" + SAME_QUESTION.get(rating.getDimension().getSlug());
			assertThat(Math.abs(rating.getRating() - spectrum.get(key)))
				.as("%s: the advisor rates %d, the spectrum %d", key, rating.getRating(), spectrum.get(key))
				.isLessThanOrEqualTo(1);
		}
	}

}
