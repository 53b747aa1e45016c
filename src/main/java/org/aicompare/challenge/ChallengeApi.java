package org.aicompare.challenge;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiMeta;

/**
 * What the JSON API answers about readers' challenges: records made for the API.
 */
final class ChallengeApi {

	private ChallengeApi() {
	}

	/**
	 * One challenge.
	 */
	@Schema(name = "Challenge",
			description = "A reader's challenge to one of the site's ratings, with the moderators' decision.")
	record Item(@Schema(description = "The challenge's number.", example = "12") long number,
			@Schema(description = "The rating challenged, as kind:subject:aspect.",
					example = "organisation:openai:control") String rating,
			@Schema(description = "What is rated.", example = "OpenAI") String subject,
			@Schema(description = "The dimension or spectrum axis it is rated on.", example = "Control") String aspect,
			@Schema(description = "The site's rating, from 1 to 5, when the challenge was sent.") int ratingThen,
			@Schema(description = "The site's reason for it then.") String reasonThen,
			@Schema(description = "The rating the reader proposes, from 1 to 5.") int proposed,
			@Schema(description = "Why, in the reader's words (plain text).") String reason,
			@Schema(description = "The reader's source, an https address, if given.") String source,
			@Schema(description = "Whether the reader says it is an opinion rather than a fact.") boolean opinion,
			@Schema(description = "The name the reader gave, if any.") String name,
			@Schema(description = "Where it stands.", allowableValues = {
					"open", "accepted", "declined" }) String status,
			@Schema(description = "The moderators' public reason, once decided.") String decisionReason,
			@Schema(description = "When it was sent.") Instant sent,
			@Schema(description = "When the moderators decided, if they have.") Instant decided,
			@Schema(description = "The number of the content edition that applied it, if any.") Integer edition,
			@Schema(description = "The challenge's API address and its place in the public list.") ApiLinks links){

		static Item of(ChallengeEntry entry) {
			return new Item(entry.id(), entry.ratingKey(), entry.subjectName(), entry.aspectName(),
					entry.currentRating(), entry.currentReason(), entry.proposedRating(), entry.reason(),
					entry.sourceUrl(), entry.opinion(), entry.authorName(), entry.status().slug(), entry.publicReason(),
					entry.postedAt(), entry.decidedAt(), entry.edition(),
					ApiLinks.of("/challenges/" + entry.id(), "/challenges#challenge-" + entry.id()));
		}

	}

	/**
	 * One page of the challenges.
	 */
	@Schema(name = "ChallengePage", description = "One page of the challenges that are not spam, newest first.")
	record Page(@Schema(description = "The challenges on this page, newest first.") List<Item> items,
			@Schema(description = "This page's number, from 0.") int page,
			@Schema(description = "Challenges per page.") int size,
			@Schema(description = "How many challenges there are in all.") long total,
			@Schema(description = "The data's licence and how to cite it.") ApiMeta meta,
			@Schema(description = "The list's API address and its page.") ApiLinks links) {
	}

}
