package org.aicompare.hybrid;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aicompare.spectrum.Axis;

/**
 * A hybrid pattern as plain values, for its pages, the API and the features that list it.
 *
 * @param slug its slug
 * @param name its name
 * @param summary what it is, in a sentence
 * @param scenarioQuote the words of the source's hybrid scenario it realises
 * @param scenarioPassages the passages those words come from
 * @param realises how it realises them, in the site's words
 * @param axes what runs where, one entry per axis in the spectrum's order
 * @param delivers what it delivers
 * @param tradeOffs what it costs
 * @param serves the slugs of the priorities it serves
 * @param parties the products and organisations involved, in the notes' order
 * @param ratings the site's rating on each dimension, in the matrix's order
 * @param sources the codes of the references it rests on
 */
public record PatternSummary(String slug, String name, String summary, String scenarioQuote,
		List<Integer> scenarioPassages, String realises, List<AxisText> axes, String delivers, String tradeOffs,
		List<String> serves, List<Party> parties, List<Rated> ratings, List<String> sources) {

	/**
	 * The plain values of a pattern loaded with its axes, ratings and parties.
	 * @param pattern the pattern
	 * @return its values
	 */
	public static PatternSummary of(HybridPattern pattern) {
		return new PatternSummary(pattern.getSlug(), pattern.getName(), pattern.getSummary(),
				pattern.getScenarioQuote(), List.copyOf(pattern.getScenarioPassages()), pattern.getRealises(),
				pattern.getAxes()
					.stream()
					.sorted(Comparator.comparing(PatternAxis::getAxis))
					.map((axis) -> new AxisText(axis.getAxis(), axis.getText()))
					.toList(),
				pattern.getDelivers(), pattern.getTradeOffs(), List.copyOf(pattern.getServes()),
				pattern.getParties()
					.stream()
					.sorted(Comparator.comparingInt(PatternParty::getPosition))
					.map((party) -> new Party(party.getName(), party.getOrganisation(), party.getRole(),
							List.copyOf(party.getSources())))
					.toList(),
				pattern.getRatings()
					.stream()
					.sorted(Comparator.comparingInt((PatternRating rating) -> rating.getDimension().getPosition()))
					.map((rating) -> new Rated(rating.getDimension().getSlug(), rating.getDimension().getName(),
							rating.getRating(), rating.getRationale(), List.copyOf(rating.getSources())))
					.toList(),
				List.copyOf(pattern.getSources()));
	}

	/**
	 * The page's address.
	 * @return {@code /hybrid/{slug}}
	 */
	public String path() {
		return HybridController.PATH + "/" + this.slug;
	}

	/**
	 * The ratings by dimension slug, for the advisor.
	 * @return rating from 1 to 5 by dimension slug, in the matrix's order
	 */
	public Map<String, Integer> ratingsByDimension() {
		return this.ratings.stream()
			.collect(Collectors.toMap(Rated::dimension, Rated::rating, (one, other) -> one,
					java.util.LinkedHashMap::new));
	}

	/**
	 * Every reference code the pattern cites, each once, in the order first cited.
	 * @return the codes
	 */
	public List<String> allSources() {
		return java.util.stream.Stream
			.of(this.sources.stream(), this.parties.stream().flatMap((party) -> party.sources().stream()),
					this.ratings.stream().flatMap((rating) -> rating.sources().stream()))
			.flatMap((codes) -> codes)
			.distinct()
			.toList();
	}

	/**
	 * What runs where on one axis.
	 *
	 * @param axis the axis
	 * @param text what runs where, in the site's words
	 */
	public record AxisText(Axis axis, String text) {

		/**
		 * The axis's slug, for message keys and anchors.
		 * @return the slug
		 */
		public String slug() {
			return this.axis.slug();
		}

	}

	/**
	 * A product or organisation the pattern involves.
	 *
	 * @param name its name
	 * @param organisation the slug of its profile, or {@code null} where the site has
	 * none
	 * @param role its part in the pattern
	 * @param sources the codes of the references it rests on
	 */
	public record Party(String name, String organisation, String role, List<String> sources) {

		/**
		 * Whether the site has a profile of it.
		 * @return {@code true} when it links to a profile
		 */
		public boolean hasProfile() {
			return this.organisation != null;
		}

	}

	/**
	 * The site's rating of the pattern on one dimension.
	 *
	 * @param dimension the dimension's slug
	 * @param dimensionName the dimension's name
	 * @param rating from 1 to 5 on the dimension's scale
	 * @param rationale why, in a sentence
	 * @param sources the codes of the references it rests on
	 */
	public record Rated(String dimension, String dimensionName, int rating, String rationale, List<String> sources) {
	}

}
