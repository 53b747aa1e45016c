package org.aicompare.edition;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;

/**
 * What the JSON API answers about the editions: the list and each edition with its
 * changes.
 */
final class EditionApi {

	private EditionApi() {
	}

	/**
	 * An edition in the list.
	 *
	 * @param number its number
	 * @param publishedOn when it was published
	 * @param summary the editors' summary
	 * @param first whether it is the first edition
	 * @param answers the challenges it answers
	 * @param changeCount how many changes the site computed
	 * @param links its addresses
	 */
	@Schema(name = "EditionSummary", description = "An edition of the content: a dated, numbered set of changes.")
	record Summary(@Schema(description = "The edition's number, from 1.", example = "2") int number,
			@Schema(description = "The day it was published (ISO-8601).") LocalDate publishedOn,
			@Schema(description = "What the editors wrote about it; empty when they wrote nothing.") String summary,
			@Schema(description = "Whether it is the first edition, which compares with nothing.") boolean first,
			@Schema(description = "The numbers of the challenges it answers; see /challenges.") List<Long> answers,
			@Schema(description = "How many changes the site computed against the edition before.") int changeCount,
			@Schema(description = "The edition's API address and its place on /changes.") ApiLinks links) {

		static Summary of(EditionView edition) {
			return new Summary(edition.number(), edition.publishedOn(), edition.summary(), edition.first(),
					edition.answers(), edition.changes().size(), linksOf(edition.number()));
		}

	}

	/**
	 * One edition with its changes.
	 *
	 * @param number its number
	 * @param publishedOn when it was published
	 * @param summary the editors' summary
	 * @param first whether it is the first edition
	 * @param answers the challenges it answers
	 * @param changes what changed since the edition before
	 * @param links its addresses
	 */
	@Schema(name = "Edition", description = "An edition with every change the site computed against the one before.")
	record Detail(@Schema(description = "The edition's number, from 1.", example = "2") int number,
			@Schema(description = "The day it was published (ISO-8601).") LocalDate publishedOn,
			@Schema(description = "What the editors wrote about it; empty when they wrote nothing.") String summary,
			@Schema(description = "Whether it is the first edition, which compares with nothing and lists no changes.") boolean first,
			@Schema(description = "The numbers of the challenges it answers; see /challenges.") List<Long> answers,
			@Schema(description = "What changed since the edition before, in the order of the pages that show it.") List<Change> changes,
			@Schema(description = "The edition's API address and its place on /changes.") ApiLinks links) {

		static Detail of(EditionView edition) {
			return new Detail(edition.number(), edition.publishedOn(), edition.summary(), edition.first(),
					edition.answers(), edition.changes().stream().map(Change::of).toList(), linksOf(edition.number()));
		}

	}

	/**
	 * One change.
	 *
	 * @param kind rating, fact, reference or pattern
	 * @param type added, removed or changed
	 * @param page the page that shows it
	 * @param pageTitle that page's or row's name
	 * @param subject what it is about
	 * @param dimension the matrix dimension a rating is on, or {@code null}
	 * @param from the value before
	 * @param to the value now
	 * @param reason the reason given for a rating
	 */
	@Schema(name = "EditionChange", description = "One thing that changed from one edition to the next.")
	record Change(
			@Schema(description = "What changed: a rating, a fact, a reference or a pattern.") EditionItem.Kind kind,
			@Schema(description = "Whether it was added, removed or changed.") EditionChange.Type type,
			@Schema(description = "The path of the page that shows it.",
					example = "/compare#dimension-control") String page,
			@Schema(description = "That page's or row's name.") String pageTitle,
			@Schema(description = "What it is about, such as the model or dimension rated.") String subject,
			@Schema(description = "The slug of the matrix dimension a rating is on; null for other changes.") String dimension,
			@Schema(description = "The value before: a rating from 1 to 5, a fact's text, a reference's details or a fingerprint of a pattern's description; null when added.") String from,
			@Schema(description = "The value now, as for from; null when removed.") String to,
			@Schema(description = "The reason the editors give for a rating; null for other changes.") String reason) {

		static Change of(EditionChange change) {
			return new Change(change.kind(), change.type(), change.page(), change.pageTitle(), change.subject(),
					change.dimension(), change.from(), change.to(), change.reason());
		}

	}

	static ApiLinks linksOf(int number) {
		return ApiLinks.of(EditionApiController.PATH + "/" + number, ChangesController.PATH + "#edition-" + number);
	}

}
