package org.aicompare.content;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.content.ContentDocuments.SpectrumOrganisation;
import org.aicompare.content.ContentDocuments.Stated;
import org.aicompare.project.Gap;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.project.SpectrumRating;
import org.aicompare.project.SpectrumRatingRepository;
import org.aicompare.project.StatedClaim;
import org.aicompare.project.StatedClaimRepository;
import org.aicompare.spectrum.Axis;

/**
 * Stores the decentralization spectrum. Every organisation and every deployment model is
 * rated on every axis, once; every rating has a reason; an organisation's rating rests on
 * known references, at least one with an address a reader can follow, and a model's on
 * passages of the source; every organisation has a stated-versus-actual panel.
 */
@Component
class SpectrumImport {

	private final OrganisationRepository organisations;

	private final DeploymentModelRepository models;

	private final SpectrumRatingRepository ratings;

	private final StatedClaimRepository claims;

	SpectrumImport(OrganisationRepository organisations, DeploymentModelRepository models,
			SpectrumRatingRepository ratings, StatedClaimRepository claims) {
		this.organisations = organisations;
		this.models = models;
		this.ratings = ratings;
		this.claims = claims;
	}

	void save(Content content, PassageIndex passages) {
		ContentDocuments.Spectrum spectrum = content.spectrum();
		Map<String, ContentDocuments.Reference> references = content.facts()
			.references()
			.stream()
			.collect(Collectors.toMap(ContentDocuments.Reference::code, Function.identity()));
		Map<String, Organisation> bySlug = this.organisations.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Organisation::getSlug, Function.identity()));
		Map<String, SpectrumOrganisation> docs = Map.copyOf(spectrum.organisations());
		sameKeys("organisations", docs.keySet(), bySlug.keySet());
		docs.forEach((slug, doc) -> saveOrganisation(bySlug.get(slug), doc, spectrum.asOf(), references));
		Map<String, DeploymentModel> modelsBySlug = this.models.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(DeploymentModel::getSlug, Function.identity()));
		sameKeys("models", spectrum.models().keySet(), modelsBySlug.keySet());
		spectrum.models().forEach((slug, axes) -> {
			String where = "The spectrum of the " + slug + " model";
			sameKeys(where, axes.keySet(), axisSlugs());
			axes.forEach((axis, doc) -> {
				String at = where + " on " + axis;
				List<Integer> cites = passages.check(doc.cites(), at);
				if (cites.isEmpty()) {
					throw new IllegalStateException(at + " cites no passage");
				}
				this.ratings.save(SpectrumRating.of(modelsBySlug.get(slug), axis(axis), doc.rating(),
						reason(doc.reason(), at), cites, spectrum.asOf()));
			});
		});
	}

	private void saveOrganisation(Organisation organisation, SpectrumOrganisation doc, String asOf,
			Map<String, ContentDocuments.Reference> references) {
		String where = "The spectrum of " + organisation.getSlug();
		sameKeys(where, (doc.axes() != null) ? doc.axes().keySet() : Set.of(), axisSlugs());
		doc.axes().forEach((axis, rating) -> {
			String at = where + " on " + axis;
			this.ratings.save(SpectrumRating.of(organisation, axis(axis), rating.rating(), reason(rating.reason(), at),
					sources(rating.sources(), references, at), (rating.asOf() != null) ? rating.asOf() : asOf,
					rating.uncertain()));
		});
		Stated stated = doc.stated();
		if (stated == null) {
			throw new IllegalStateException(where + " has no stated-versus-actual panel");
		}
		this.claims.save(new StatedClaim(organisation, reason(stated.says(), where + " says"),
				sources(stated.saysSources(), references, where + " says"), reason(stated.shows(), where + " shows"),
				sources(stated.showsSources(), references, where + " shows"), gap(stated.gap(), where),
				reason(stated.reason(), where + " gap"), (stated.asOf() != null) ? stated.asOf() : asOf,
				stated.uncertain()));
	}

	private static Set<String> axisSlugs() {
		return Arrays.stream(Axis.values()).map(Axis::slug).collect(Collectors.toSet());
	}

	private static void sameKeys(String where, Set<String> given, Set<String> expected) {
		if (!given.equals(expected)) {
			Set<String> missing = new HashSet<>(expected);
			missing.removeAll(given);
			Set<String> unknown = new HashSet<>(given);
			unknown.removeAll(expected);
			throw new IllegalStateException(
					"spectrum.yml: " + where + " misses " + missing + " or names unknown " + unknown);
		}
	}

	private static Axis axis(String slug) {
		return Axis.fromSlug(slug).orElseThrow(() -> new IllegalStateException("spectrum.yml: unknown axis " + slug));
	}

	private static String reason(String text, String where) {
		if (text == null || text.isBlank()) {
			throw new IllegalStateException(where + " has no text");
		}
		return text.strip();
	}

	private static List<String> sources(List<String> codes, Map<String, ContentDocuments.Reference> references,
			String where) {
		List<String> sources = ContentDocuments.orEmpty(codes);
		if (!references.keySet().containsAll(sources)) {
			throw new IllegalStateException(where + " cites unknown references " + sources);
		}
		if (sources.stream()
			.map(references::get)
			.noneMatch((reference) -> reference.address() != null && reference.address().startsWith("https://"))) {
			throw new IllegalStateException(where + " cites no reference with an address: " + sources);
		}
		return sources;
	}

	private static Gap gap(String value, String where) {
		try {
			return Gap.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where + " has an unknown gap " + value, ex);
		}
	}

}
