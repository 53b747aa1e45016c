package org.aicompare.hybrid;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;

/**
 * What the JSON API answers about the hybrid patterns: the list and each pattern.
 */
final class HybridApi {

	private HybridApi() {
	}

	/**
	 * A pattern in the list.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param summary what it is
	 * @param ratings its rating by dimension
	 * @param links its addresses
	 */
	@Schema(name = "HybridPatternSummary", description = "A documented hybrid pattern, added by the site.")
	record Summary(@Schema(description = "The pattern's slug.", example = "compute-to-data") String slug,
			@Schema(description = "The pattern's name.") String name,
			@Schema(description = "What it is, in a sentence (added).") String summary,
			@Schema(description = "The site's rating on each matrix dimension, from 1 to 5 (the site's judgement).") List<PatternSummary.Rated> ratings,
			@Schema(description = "The pattern's API address and page.") ApiLinks links) {

		static Summary of(PatternSummary pattern) {
			return new Summary(pattern.slug(), pattern.name(), pattern.summary(), pattern.ratings(),
					HybridApi.linksOf(pattern.slug()));
		}

	}

	/**
	 * One pattern with everything its page shows.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param summary what it is
	 * @param scenario the part of the source's scenario it realises
	 * @param axes what runs where
	 * @param delivers what it delivers
	 * @param tradeOffs what it costs
	 * @param serves the slugs of the priorities it serves
	 * @param parties the products and organisations involved
	 * @param ratings its rating on each dimension with the reason
	 * @param sources the codes of the references it rests on
	 * @param links its addresses
	 */
	@Schema(name = "HybridPattern",
			description = "A documented hybrid pattern: what runs where, what it delivers, its trade-offs, who is involved and how the site rates it.")
	record Detail(@Schema(description = "The pattern's slug.", example = "compute-to-data") String slug,
			@Schema(description = "The pattern's name.") String name,
			@Schema(description = "What it is, in a sentence (added).") String summary,
			@Schema(description = "The part of the source's hybrid scenario it realises.") Scenario scenario,
			@Schema(description = "What runs where, per axis of the decentralization spectrum.") List<PatternSummary.AxisText> axes,
			@Schema(description = "What it delivers (added).") String delivers,
			@Schema(description = "Its trade-offs (added).") String tradeOffs,
			@Schema(description = "The slugs of the business priorities it serves.") List<String> serves,
			@Schema(description = "The products and organisations involved; organisation is a profile's slug or null.") List<PatternSummary.Party> parties,
			@Schema(description = "The site's rating on each dimension, with its reason and references.") List<PatternSummary.Rated> ratings,
			@Schema(description = "The codes of the references it rests on; see /api/v1/sources.") List<String> sources,
			@Schema(description = "The pattern's API address and page.") ApiLinks links) {

		static Detail of(PatternSummary pattern) {
			return new Detail(pattern.slug(), pattern.name(), pattern.summary(),
					new Scenario(pattern.scenarioQuote(), pattern.scenarioPassages(), pattern.realises()),
					pattern.axes(), pattern.delivers(), pattern.tradeOffs(), pattern.serves(), pattern.parties(),
					pattern.ratings(), pattern.allSources(), HybridApi.linksOf(pattern.slug()));
		}

	}

	/**
	 * The part of the source's hybrid scenario a pattern realises.
	 *
	 * @param quote the source's words, word for word
	 * @param passages the passages they come from
	 * @param realises how the pattern realises them (added)
	 */
	@Schema(name = "HybridScenarioPart", description = "The part of the source's hybrid scenario a pattern realises.")
	record Scenario(@Schema(description = "The source's words, word for word.") String quote,
			@Schema(description = "The numbers of the passages they come from.") List<Integer> passages,
			@Schema(description = "How the pattern realises them, in the site's words.") String realises) {
	}

	static ApiLinks linksOf(String slug) {
		return ApiLinks.of(HybridApiController.PATH + "/" + slug, HybridController.PATH + "/" + slug);
	}

}
