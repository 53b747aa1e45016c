package org.aicompare.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.spectrum.Axis;

/**
 * Assembles the decentralization spectrum: every organisation and deployment model on the
 * five axes, and every stated-versus-actual panel, as plain records, in two statements
 * beside the site-wide references, kept for the site revision. The profile, the spectrum
 * page, the comparison, the API and the CSV all show these records.
 */
@Service
public class Spectra {

	private final SpectrumRatingRepository ratings;

	private final StatedClaimRepository claims;

	private final BuyerPanels panels;

	Spectra(SpectrumRatingRepository ratings, StatedClaimRepository claims, BuyerPanels panels) {
		this.ratings = ratings;
		this.claims = claims;
		this.panels = panels;
	}

	/**
	 * The whole spectrum.
	 * @return every row and panel
	 */
	@Cacheable("spectrum")
	@Transactional(readOnly = true)
	public Spectrum spectrum() {
		Map<String, ReferenceLink> links = this.panels.panels().referencesByCode();
		Map<Organisation, Map<Axis, AxisRating>> byOrganisation = new LinkedHashMap<>();
		Map<DeploymentModel, Map<Axis, AxisRating>> byModel = new LinkedHashMap<>();
		for (SpectrumRating rating : this.ratings.findAllWithOwners()) {
			AxisRating row = new AxisRating(rating.getAxis(), rating.getRating(), rating.getReason(),
					linked(rating.getSources(), links), rating.getCites(), rating.getAsOf(), rating.isUncertain());
			if (rating.getOrganisation() != null) {
				byOrganisation.computeIfAbsent(rating.getOrganisation(), (key) -> new EnumMap<>(Axis.class))
					.put(rating.getAxis(), row);
			}
			else {
				byModel.computeIfAbsent(rating.getModel(), (key) -> new EnumMap<>(Axis.class))
					.put(rating.getAxis(), row);
			}
		}
		List<SpectrumRow> organisations = byOrganisation.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<Organisation, ?> entry) -> entry.getKey().getPosition()))
			.map((entry) -> {
				Organisation organisation = entry.getKey();
				return new SpectrumRow(organisation.getSlug(), organisation.getName(),
						organisation.getModel().getSlug(), organisation.getModel().getName(), false,
						inAxisOrder(entry.getValue()));
			})
			.toList();
		List<SpectrumRow> models = byModel.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<DeploymentModel, ?> entry) -> entry.getKey().getPosition()))
			.map((entry) -> new SpectrumRow(entry.getKey().getSlug(), entry.getKey().getName(),
					entry.getKey().getSlug(), entry.getKey().getName(), true, inAxisOrder(entry.getValue())))
			.toList();
		Map<String, StatedVersusActual> stated = new LinkedHashMap<>();
		for (StatedClaim claim : this.claims.findAllWithOrganisation()) {
			stated.put(claim.getOrganisation().getSlug(),
					new StatedVersusActual(claim.getSays(), linked(claim.getSaysSources(), links), claim.getShows(),
							linked(claim.getShowsSources(), links), claim.getGap(), claim.getReason(), claim.getAsOf(),
							claim.isUncertain()));
		}
		return new Spectrum(organisations, models, Map.copyOf(stated));
	}

	private static List<ReferenceLink> linked(List<String> codes, Map<String, ReferenceLink> links) {
		return codes.stream().map(links::get).filter(Objects::nonNull).toList();
	}

	private static List<AxisRating> inAxisOrder(Map<Axis, AxisRating> ratings) {
		if (ratings.size() != Axis.values().length) {
			throw new IllegalStateException("A spectrum row needs every axis, not " + ratings.keySet());
		}
		return List.copyOf(ratings.values());
	}

	/**
	 * The whole spectrum, as plain records.
	 *
	 * @param organisations every organisation's row, in the site's order
	 * @param models the deployment models' reference rows, in the site's order
	 * @param stated every organisation's stated-versus-actual panel, by slug
	 */
	public record Spectrum(List<SpectrumRow> organisations, List<SpectrumRow> models,
			Map<String, StatedVersusActual> stated) {

		/**
		 * One organisation's row.
		 * @param slug its slug
		 * @return the row, or {@code null} if it has none
		 */
		public SpectrumRow row(String slug) {
			return this.organisations.stream().filter((row) -> row.slug().equals(slug)).findFirst().orElse(null);
		}

		/**
		 * One organisation's stated-versus-actual panel.
		 * @param slug its slug
		 * @return the panel, or {@code null} if it has none
		 */
		public StatedVersusActual statedOf(String slug) {
			return this.stated.get(slug);
		}

		/**
		 * The slugs of the models that have organisations, in the site's order: the
		 * values the spectrum can be filtered by.
		 * @return the slugs
		 */
		public List<String> filterableModels() {
			return this.organisations.stream().map(SpectrumRow::model).distinct().toList();
		}

		/**
		 * The organisations of one model, or all, ordered by one axis (most spread out
		 * first) or in the site's order.
		 * @param model a model's slug, or {@code null} for all
		 * @param sort the axis to sort by, or {@code null} for the site's order
		 * @return the rows
		 */
		public List<SpectrumRow> select(String model, Axis sort) {
			List<SpectrumRow> rows = new ArrayList<>(
					this.organisations.stream().filter((row) -> model == null || row.model().equals(model)).toList());
			if (sort != null) {
				// A stable sort keeps the site's order among equal ratings.
				rows.sort(Comparator.comparingInt((SpectrumRow row) -> -row.on(sort).rating()));
			}
			return List.copyOf(rows);
		}

		/**
		 * Every axis, in order, for the pages' columns.
		 * @return the axes
		 */
		public List<Axis> axes() {
			return Arrays.asList(Axis.values());
		}

	}

}
