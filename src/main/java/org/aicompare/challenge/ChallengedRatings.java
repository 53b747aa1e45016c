package org.aicompare.challenge;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.hybrid.HybridPatternRepository;
import org.aicompare.project.OrganisationRatingRepository;
import org.aicompare.project.SpectrumRating;
import org.aicompare.project.SpectrumRatingRepository;

/**
 * Finds the rating a {@link RatingKey} names, as the site shows it now: a matrix cell, an
 * organisation's rating, a position on a spectrum axis or a hybrid pattern's rating.
 */
@Service
public class ChallengedRatings {

	private final DimensionRepository dimensions;

	private final OrganisationRatingRepository organisationRatings;

	private final SpectrumRatingRepository spectrumRatings;

	private final HybridPatternRepository patterns;

	private final MessageSource messages;

	ChallengedRatings(DimensionRepository dimensions, OrganisationRatingRepository organisationRatings,
			SpectrumRatingRepository spectrumRatings, HybridPatternRepository patterns, MessageSource messages) {
		this.dimensions = dimensions;
		this.organisationRatings = organisationRatings;
		this.spectrumRatings = spectrumRatings;
		this.patterns = patterns;
		this.messages = messages;
	}

	/**
	 * The rating a key names.
	 * @param key the key
	 * @return the rating as it stands, or empty when the site shows no such rating
	 */
	@Transactional(readOnly = true)
	public Optional<ChallengedRating> find(RatingKey key) {
		return switch (key.kind()) {
			case MATRIX -> matrixCell(key);
			case ORGANISATION -> organisationRating(key);
			case SPECTRUM -> spectrumPosition(key);
			case PATTERN -> patternRating(key);
		};
	}

	private Optional<ChallengedRating> matrixCell(RatingKey key) {
		return this.dimensions.findMatrix()
			.stream()
			.filter((dimension) -> dimension.getSlug().equals(key.aspect()))
			.flatMap((dimension) -> dimension.getCells().stream())
			.filter((cell) -> cell.getModel().getSlug().equals(key.subject()))
			.findFirst()
			.map((cell) -> rating(key, cell.getModel().getName(), cell.getDimension(), cell.getRating(),
					cell.getRationale(), "/compare#dimension-" + key.aspect()));
	}

	private Optional<ChallengedRating> organisationRating(RatingKey key) {
		return this.organisationRatings.findAllForScoring()
			.stream()
			.filter((r) -> r.getOrganisation().getSlug().equals(key.subject())
					&& r.getDimension().getSlug().equals(key.aspect()))
			.findFirst()
			.map((r) -> rating(key, r.getOrganisation().getName(), r.getDimension(), r.getRating(), r.isInherited()
					? text("challenge.rating.inherited", r.getOrganisation().getModel().getName()) : r.getRationale(),
					"/projects/" + key.subject() + "#rating-" + key.aspect()));
	}

	private Optional<ChallengedRating> spectrumPosition(RatingKey key) {
		return this.spectrumRatings.findAllWithOwners()
			.stream()
			.filter((r) -> r.getAxis().slug().equals(key.aspect()) && subject(r).equals(key.subject()))
			.findFirst()
			.map((r) -> new ChallengedRating(key.toString(), key.kind(), subjectName(r),
					text("spectrum.axis." + key.aspect() + ".name"), r.getRating(), r.getReason(),
					text("challenge.spectrum.low"), text("challenge.spectrum.high"), spectrumPath(r, key)));
	}

	private Optional<ChallengedRating> patternRating(RatingKey key) {
		return this.patterns.findCatalogue()
			.stream()
			.filter((pattern) -> pattern.getSlug().equals(key.subject()))
			.findFirst()
			.flatMap((pattern) -> pattern.getRatings()
				.stream()
				.filter((r) -> r.getDimension().getSlug().equals(key.aspect()))
				.findFirst()
				.map((r) -> rating(key, pattern.getName(), r.getDimension(), r.getRating(), r.getRationale(),
						"/hybrid/" + key.subject() + "#rating-" + key.aspect())));
	}

	private static ChallengedRating rating(RatingKey key, String subjectName, Dimension dimension, int rating,
			String reason, String path) {
		return new ChallengedRating(key.toString(), key.kind(), subjectName, dimension.getName(), rating,
				(reason != null) ? reason : "", dimension.getLowLabel(), dimension.getHighLabel(), path);
	}

	/**
	 * Where a position is shown: an organisation's on its profile, a deployment model's
	 * in its reference row on the spectrum page.
	 */
	private static String spectrumPath(SpectrumRating rating, RatingKey key) {
		return (rating.getOrganisation() != null) ? "/projects/" + key.subject() + "#spectrum-" + key.aspect()
				: "/spectrum#row-" + key.subject();
	}

	private static String subject(SpectrumRating rating) {
		return (rating.getOrganisation() != null) ? rating.getOrganisation().getSlug() : rating.getModel().getSlug();
	}

	private static String subjectName(SpectrumRating rating) {
		return (rating.getOrganisation() != null) ? rating.getOrganisation().getName() : rating.getModel().getName();
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
