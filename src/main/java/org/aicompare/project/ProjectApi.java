package org.aicompare.project;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;

/**
 * What the JSON API answers about the organisations: records made for the API.
 */
final class ProjectApi {

	private ProjectApi() {
	}

	/**
	 * An organisation as the list shows it.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param model the slug of its deployment model
	 * @param summary the site's one-line summary
	 * @param products the names of its products
	 * @param fit how well it fits the priorities asked for, from 0 to 100, or
	 * {@code null}
	 * @param links its addresses
	 */
	@Schema(name = "ProjectSummary", description = "An organisation the source names.")
	record Summary(@Schema(description = "The organisation's slug.", example = "openai") String slug,
			@Schema(description = "The organisation's name.") String name,
			@Schema(description = "The slug of its deployment model.", example = "centralized") String model,
			@Schema(description = "A one-line summary written by the site (added).") String summary,
			@Schema(description = "The names of its products the source mentions.") List<String> products,
			@Schema(description = "How well it fits the priorities asked for, from 0 to 100; only when priority is given.",
					nullable = true) Double fit,
			@Schema(description = "The organisation's API address and page.") ApiLinks links) {
	}

	/**
	 * An organisation's profile.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param model the slug of its deployment model
	 * @param summary the site's one-line summary
	 * @param says what the source says of it
	 * @param products its products with the passages naming them
	 * @param facts the facts the site adds, with their references
	 * @param links its addresses
	 */
	@Schema(name = "Project",
			description = "An organisation's profile: what the source says, and the facts the site adds.")
	record Profile(@Schema(description = "The organisation's slug.") String slug,
			@Schema(description = "The organisation's name.") String name,
			@Schema(description = "The slug of its deployment model.") String model,
			@Schema(description = "A one-line summary written by the site (added).") String summary,
			@Schema(description = "What the source says of it, quoted.") List<Quote> says,
			@Schema(description = "Its products, with the passages that name them.") List<ProductEntry> products,
			@Schema(description = "Facts the site adds from public references.") List<FactEntry> facts,
			@Schema(description = "The organisation's API address and page.") ApiLinks links) {
	}

	/**
	 * A quoted passage.
	 *
	 * @param passage its number
	 * @param text its text
	 * @param section the heading it stands under
	 */
	@Schema(name = "ProjectPassage", description = "A passage of the source text, quoted.")
	record Quote(@Schema(description = "The passage number; its anchor is /sources#p-{number}.") int passage,
			@Schema(description = "The passage's text as the site shows it.") String text,
			@Schema(description = "The heading it stands under in the source.", nullable = true) String section) {
	}

	/**
	 * A product.
	 *
	 * @param name its name
	 * @param citations the passages naming it
	 */
	@Schema(name = "Product", description = "A product the source names.")
	record ProductEntry(@Schema(description = "The product's name.") String name,
			@Schema(description = "The numbers of the passages that name it.") List<Integer> citations) {
	}

	/**
	 * A sourced fact.
	 *
	 * @param topic what it is about
	 * @param text the fact
	 * @param sources its reference codes
	 * @param asOf when it was last checked
	 * @param uncertain whether the references disagree or are thin
	 */
	@Schema(name = "Fact", description = "A fact the site adds, with its public references.")
	record FactEntry(@Schema(description = "What the fact is about.") FactTopic topic,
			@Schema(description = "The fact.") String text,
			@Schema(description = "The codes of its references, listed on /sources#ref-{code}.") List<String> sources,
			@Schema(description = "When it was last checked, ISO-8601.", example = "2026-11") String asOf,
			@Schema(description = "Whether the fact is uncertain.") boolean uncertain) {
	}

}
