package org.aicompare.project;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the JSON API answers about the decentralization spectrum: records made for the
 * API, built from the same rows the pages show.
 */
final class SpectrumApi {

	private SpectrumApi() {
	}

	/**
	 * One row of the spectrum.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param model the slug of its deployment model
	 * @param reference whether it is a deployment model's reference row
	 * @param spectrum its rating on each axis
	 * @param statedVersusActual its stated-versus-actual panel, or {@code null} for a
	 * reference row
	 */
	@Schema(name = "SpectrumRow",
			description = "An organisation, or a deployment model as the source describes it, on the five axes of the decentralization spectrum.")
	record Row(@Schema(description = "The organisation's or model's slug.", example = "bittensor") String slug,
			@Schema(description = "Its name.") String name,
			@Schema(description = "The slug of its deployment model.", example = "decentralized") String model,
			@Schema(description = "Whether this is a deployment model's reference row, rated from the source text; the hybrid row is what the source's hybrid scenario implies.") boolean reference,
			@Schema(description = "Its rating on each axis, in axis order.") List<AxisEntry> spectrum,
			@Schema(description = "What it says of itself beside what the sources show; null for a reference row.",
					nullable = true) StatedEntry statedVersusActual) {

		static Row of(SpectrumRow row, StatedVersusActual stated) {
			return new Row(row.slug(), row.name(), row.model(), row.reference(),
					row.axes().stream().map(AxisEntry::of).toList(), (stated != null) ? StatedEntry.of(stated) : null);
		}

	}

	/**
	 * A rating on one axis.
	 *
	 * @param axis the axis's slug
	 * @param rating from 1 to 5
	 * @param reason why
	 * @param references the codes of its references
	 * @param passages the passages of the source it rests on
	 * @param asOf the date its facts hold for
	 * @param secondaryOnly whether it rests only on secondary references
	 * @param uncertain whether it rests on a fact the notes mark uncertain
	 */
	@Schema(name = "SpectrumRating", description = "A rating on one axis, with the reason and what it rests on.")
	record AxisEntry(
			@Schema(description = "The axis: compute, data, models, governance or ownership.",
					example = "governance") String axis,
			@Schema(description = "From 1 (one company holds it) to 5 (spread across an open network that anyone may join).",
					example = "2") int rating,
			@Schema(description = "Why, in a sentence or two (the site's judgement).") String reason,
			@Schema(description = "The codes of its references, each at /sources#ref-{code}; empty for a reference row.") List<String> references,
			@Schema(description = "The passages of the source a reference row rests on, each at /sources#p-{number}; empty for an organisation.") List<Integer> passages,
			@Schema(description = "The date its facts hold for.", example = "2026-12-02") String asOf,
			@Schema(description = "Whether it rests only on secondary references.") boolean secondaryOnly,
			@Schema(description = "Whether it rests on a fact the research notes mark uncertain or could not find.") boolean uncertain) {

		static AxisEntry of(AxisRating rating) {
			return new AxisEntry(rating.axis().slug(), rating.rating(), rating.reason(), codes(rating.references()),
					rating.passages(), rating.asOf(), rating.secondaryOnly(), rating.uncertain());
		}

	}

	/**
	 * A stated-versus-actual panel.
	 *
	 * @param says what the organisation says of itself
	 * @param saysReferences where it says so
	 * @param shows what the sources show
	 * @param showsReferences where they show it
	 * @param gap none, small or large
	 * @param reason why
	 * @param asOf the date it holds for
	 * @param secondaryOnly whether what the sources show rests only on secondary
	 * references
	 * @param uncertain whether the notes mark the reading as uncertain
	 */
	@Schema(name = "StatedVersusActual",
			description = "What an organisation says of itself, in its own words, beside what its own documents or other sources show.")
	record StatedEntry(@Schema(description = "What it says of itself; quoted words are its own.") String says,
			@Schema(description = "The codes of the references where it says so.") List<String> saysReferences,
			@Schema(description = "What its own documents or other sources show.") String shows,
			@Schema(description = "The codes of the references that show it.") List<String> showsReferences,
			@Schema(description = "The size of the gap: none, small or large.", example = "large") String gap,
			@Schema(description = "Why the gap is that size.") String reason,
			@Schema(description = "The date it holds for.") String asOf,
			@Schema(description = "Whether what the sources show rests only on secondary references.") boolean secondaryOnly,
			@Schema(description = "Whether the research notes mark the reading as uncertain.") boolean uncertain) {

		static StatedEntry of(StatedVersusActual stated) {
			return new StatedEntry(stated.says(), codes(stated.saysReferences()), stated.shows(),
					codes(stated.showsReferences()), stated.gap().slug(), stated.reason(), stated.asOf(),
					stated.secondaryOnly(), stated.uncertain());
		}

	}

	static List<String> codes(List<ReferenceLink> links) {
		return links.stream().map(ReferenceLink::code).toList();
	}

}
