package org.aicompare.comparison;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;

/**
 * What the JSON API answers about the deployment models and the matrix: records made for
 * the API, so the entities can change without breaking clients.
 */
final class ComparisonApi {

	private ComparisonApi() {
	}

	/**
	 * A quoted passage of the source.
	 *
	 * @param passage its number, its anchor on {@code /sources}
	 * @param text its text as the site shows it
	 */
	@Schema(name = "QuotedPassage", description = "A passage of the source text, quoted.")
	record Quote(
			@Schema(description = "The passage number; its anchor is /sources#p-{number}.", example = "6") int passage,
			@Schema(description = "The passage's text as the site shows it.") String text) {
	}

	/**
	 * A model as the list shows it.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param summary the site's one-line summary
	 * @param summaryAdded always true: the summary is the site's, not the source's
	 * @param links its addresses
	 */
	@Schema(name = "ModelSummary", description = "A deployment model: centralized, decentralized or hybrid.")
	record ModelSummary(@Schema(description = "The model's slug.", example = "hybrid") String slug,
			@Schema(description = "The model's name.", example = "Hybrid AI") String name,
			@Schema(description = "A one-line summary written by the site, not quoted from the source.") String summary,
			@Schema(description = "Always true: the summary is added by the site.") boolean summaryAdded,
			@Schema(description = "The model's API address and page.") ApiLinks links) {
	}

	/**
	 * A model with everything the source says of it.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param summary the site's one-line summary
	 * @param summaryAdded always true
	 * @param definition what it is
	 * @param characteristics its key characteristics
	 * @param examples the source's examples
	 * @param whenToChoose when the source recommends it
	 * @param links its addresses
	 */
	@Schema(name = "Model", description = "A deployment model with the passages of the source that describe it.")
	record Model(@Schema(description = "The model's slug.", example = "hybrid") String slug,
			@Schema(description = "The model's name.", example = "Hybrid AI") String name,
			@Schema(description = "A one-line summary written by the site, not quoted from the source.") String summary,
			@Schema(description = "Always true: the summary is added by the site.") boolean summaryAdded,
			@Schema(description = "What the model is, quoted.") List<Quote> definition,
			@Schema(description = "Its key characteristics, quoted.") List<Quote> characteristics,
			@Schema(description = "The organisations the source gives as examples, quoted.") List<Quote> examples,
			@Schema(description = "When the source recommends it, quoted.") List<Quote> whenToChoose,
			@Schema(description = "The model's API address and page.") ApiLinks links) {
	}

	/**
	 * A dimension of the matrix with a cell per model.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param question the question it answers
	 * @param low what a rating of 1 means
	 * @param high what a rating of 5 means
	 * @param passage the passage of the source's table row
	 * @param cells its cells, in model order
	 * @param links its addresses
	 */
	@Schema(name = "Dimension", description = "A row of the comparison matrix with one cell per model.")
	record DimensionRow(@Schema(description = "The dimension's slug.", example = "scalability") String slug,
			@Schema(description = "The dimension's name.", example = "Scalability") String name,
			@Schema(description = "The question the dimension answers, written by the site.") String question,
			@Schema(description = "What a rating of 1 means.") String low,
			@Schema(description = "What a rating of 5 means.") String high,
			@Schema(description = "The passage of the source's comparison table row.") int passage,
			@Schema(description = "One cell per model, in model order.") List<CellEntry> cells,
			@Schema(description = "The matrix's API address and the row on the compare page.") ApiLinks links) {
	}

	/**
	 * One cell of the matrix.
	 *
	 * @param model the model's slug
	 * @param text the cell's text
	 * @param rating from 1 to 5
	 * @param kind where the text comes from
	 * @param rationale why the rating
	 * @param citations the passages it rests on
	 * @param evidence sourced facts behind the rating
	 */
	@Schema(name = "Cell", description = "What the matrix says of one model on one dimension.")
	record CellEntry(@Schema(description = "The model's slug.", example = "centralized") String model,
			@Schema(description = "The cell's text.") String text,
			@Schema(description = "The site's rating, from 1 (low) to 5 (high).", minimum = "1",
					maximum = "5") int rating,
			@Schema(description = "Where the text comes from: quoted, derived by the site, or a sourced fact.") CellKind kind,
			@Schema(description = "Why the site gives this rating.") String rationale,
			@Schema(description = "The numbers of the passages the cell rests on.") List<Integer> citations,
			@Schema(description = "Sourced facts that support the rating.") List<EvidenceEntry> evidence) {
	}

	/**
	 * A sourced fact behind a cell.
	 *
	 * @param text the fact
	 * @param sources its reference codes
	 * @param asOf when it was last checked
	 */
	@Schema(name = "Evidence", description = "A fact the site adds, with its public references.")
	record EvidenceEntry(@Schema(description = "The fact.") String text,
			@Schema(description = "The codes of its references, listed on /sources#ref-{code}.",
					example = "[\"S4\"]") List<String> sources,
			@Schema(description = "When it was last checked, ISO-8601.", example = "2025-01") String asOf) {
	}

}
