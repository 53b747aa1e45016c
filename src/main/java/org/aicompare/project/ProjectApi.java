package org.aicompare.project;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.source.ReferenceKind;
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
	 * @param forBusiness its "For a business" panel
	 * @param transparencyIndex its Transparency Index history
	 * @param references every reference its facts and panel cite, with their addresses
	 * @param spectrum its rating on each axis of the decentralization spectrum
	 * @param statedVersusActual what it says of itself beside what the sources show
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
			@Schema(description = "The organisation's API address and page.") ApiLinks links,
			@Schema(description = "The \"For a business\" panel: what a business asks before it signs, answered from sourced facts.") List<BuyerAnswerEntry> forBusiness,
			@Schema(description = "The organisation's Foundation Model Transparency Index scores beside each edition's mean.") TransparencyIndexEntry transparencyIndex,
			@Schema(description = "Every reference the facts, the panels and the spectrum cite, with title, publisher, date, address and kind.") List<ReferenceEntry> references,
			@Schema(description = "Who holds what: its rating on each axis of the decentralization spectrum, with reason, references and date.") List<SpectrumApi.AxisEntry> spectrum,
			@Schema(description = "What it says of itself beside what its own documents or other sources show; null if the notes hold none.",
					nullable = true) SpectrumApi.StatedEntry statedVersusActual) {
	}

	/**
	 * One answer of the "For a business" panel.
	 *
	 * @param question the question
	 * @param finding what the research found
	 * @param text the site's sentence
	 * @param asOf the date the answer holds for
	 * @param secondaryOnly whether it rests only on secondary references
	 * @param sources the codes of its references
	 */
	@Schema(name = "BuyerAnswer", description = "An answer of the \"For a business\" panel.")
	record BuyerAnswerEntry(@Schema(description = "The question.", example = "EU_RESIDENCY") BuyerQuestion question,
			@Schema(description = "What the research found: YES, PARTLY or NO only where a source says so; NONE_FOUND where it found nothing either way (not a no); DESCRIBED where the answer is a description.",
					example = "NONE_FOUND") Finding finding,
			@Schema(description = "The site's sentence.") String text,
			@Schema(description = "The date the answer holds for: the source's date or the date it was checked.",
					example = "2026-12-02") String asOf,
			@Schema(description = "Whether it rests only on secondary references.") boolean secondaryOnly,
			@Schema(description = "The codes of its references, described in references.") List<String> sources) {
	}

	/**
	 * A reference.
	 *
	 * @param code its code
	 * @param title its title
	 * @param address its https address, or {@code null}
	 * @param publisher its publisher, or {@code null}
	 * @param published the date it gives, or {@code null}
	 * @param kind primary or secondary, or {@code null}
	 */
	@Schema(name = "Reference", description = "A public reference behind the site's added facts.")
	record ReferenceEntry(
			@Schema(description = "Its code, anchored on /sources#ref-{code}.", example = "CP-R2") String code,
			@Schema(description = "Its title.") String title,
			@Schema(description = "The address a reader can follow; null only for a first reference recorded without one.",
					nullable = true) String address,
			@Schema(description = "Who published it.", nullable = true) String publisher,
			@Schema(description = "The date it gives, as it gives it.", nullable = true) String published,
			@Schema(description = "PRIMARY (the organisation's own document) or SECONDARY.",
					nullable = true) ReferenceKind kind) {

		static ReferenceEntry of(ReferenceLink link) {
			return new ReferenceEntry(link.code(), link.title(), link.address(), link.publisher(), link.published(),
					link.kind());
		}

	}

	/**
	 * An organisation's Transparency Index history.
	 *
	 * @param scored whether the index rated it in any edition
	 * @param editions every edition with its mean and the organisation's score
	 * @param source the code of the index's data files
	 */
	@Schema(name = "TransparencyIndex",
			description = "Foundation Model Transparency Index scores, out of 100, from the index's data files. The method changed between editions, so neither the scores nor the means make a trend; the index does not score decentralized networks.")
	record TransparencyIndexEntry(
			@Schema(description = "Whether the index rated the organisation in any edition.") boolean scored,
			@Schema(description = "Every edition, oldest first.") List<EditionEntry> editions,
			@Schema(description = "The code of the reference to the index's data files.",
					nullable = true) String source) {
	}

	/**
	 * One edition of the index.
	 *
	 * @param code its code
	 * @param name its name
	 * @param mean the mean score of the developers it rated
	 * @param developers how many developers it rated
	 * @param score the organisation's score, or {@code null}
	 * @param model the model rated, or {@code null}
	 */
	@Schema(name = "TransparencyEdition", description = "An edition of the Foundation Model Transparency Index.")
	record EditionEntry(@Schema(description = "Its code.", example = "2024-05") String code,
			@Schema(description = "Its name.", example = "May 2024") String name,
			@Schema(description = "The mean score of the developers it rated, to one decimal.",
					example = "57.9") String mean,
			@Schema(description = "How many developers it rated.") int developers,
			@Schema(description = "The organisation's score out of 100; null where the index did not rate it.",
					nullable = true) Integer score,
			@Schema(description = "The model rated, where the data names it.", nullable = true) String model) {
	}

	/**
	 * A quoted passage.
	 *
	 * @param passage its number
	 * @param text its text
	 * @param section the heading it stands under
	 */
	@Schema(name = "ProjectPassage", description = "A passage of the source text, quoted.")
	record Quote(@Schema(
			description = "The passage number, shown on the site as \"¶ {number}\" (a passage, never a page); its anchor is /sources#p-{number}.") int passage,
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
	 * @param asOf the date its source gives, or the date it was checked
	 * @param uncertain whether the references disagree or are thin
	 * @param checkedOnly whether {@code asOf} is only the date it was checked
	 * @param correction the path of the correction that fixed it, or {@code null}
	 */
	@Schema(name = "Fact", description = "A fact the site adds, with its public references.")
	record FactEntry(@Schema(description = "What the fact is about.") FactTopic topic,
			@Schema(description = "The fact.") String text,
			@Schema(description = "The codes of its references, listed on /sources#ref-{code}.") List<String> sources,
			@Schema(description = "The date its source gives, or where it gives none the date the fact was checked (see checkedOnly), ISO-8601.",
					example = "2024-11-22") String asOf,
			@Schema(description = "Whether the fact is uncertain.") boolean uncertain,
			@Schema(description = "Whether asOf is only the date the fact was checked, because its source gives no date.") boolean checkedOnly,
			@Schema(description = "The correction that fixed this fact, on the about page.", nullable = true,
					example = "/about#correction-amazon-anthropic") String correction) {
	}

}
