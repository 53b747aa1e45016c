package org.aicompare.challenge;

import java.time.Instant;
import java.util.OptionalInt;

import org.aicompare.edition.Editions;

/**
 * A challenge as the public list, the page that acknowledges it and the API show it.
 *
 * @param id its number
 * @param ratingKey the key of the rating challenged
 * @param subjectName what is rated
 * @param aspectName the dimension or axis
 * @param pagePath where the rating is shown
 * @param currentRating the rating when it was challenged
 * @param currentReason the site's reason when it was challenged
 * @param proposedRating what the reader proposes
 * @param reason the reader's reason
 * @param sourceUrl the reader's source, or {@code null}
 * @param opinion whether the reader says it is an opinion
 * @param authorName the reader's name, or {@code null}
 * @param status where it stands
 * @param publicReason the moderators' reason, or {@code null} while open
 * @param postedAt when it was sent
 * @param decidedAt when the moderators decided, or {@code null}
 * @param edition the number of the edition that applied it, or {@code null}
 */
public record ChallengeEntry(long id, String ratingKey, String subjectName, String aspectName, String pagePath,
		int currentRating, String currentReason, int proposedRating, String reason, String sourceUrl, boolean opinion,
		String authorName, ChallengeStatus status, String publicReason, Instant postedAt, Instant decidedAt,
		Integer edition) {

	static ChallengeEntry of(Challenge challenge, Editions editions) {
		OptionalInt edition = (challenge.getStatus() == ChallengeStatus.ACCEPTED)
				? editions.editionAnswering(challenge.getId()) : OptionalInt.empty();
		return new ChallengeEntry(challenge.getId(), challenge.getRatingKey(), challenge.getSubjectName(),
				challenge.getAspectName(), challenge.getPagePath(), challenge.getCurrentRating(),
				challenge.getCurrentReason(), challenge.getProposedRating(), challenge.getReason(),
				challenge.getSourceUrl(), challenge.isOpinion(), challenge.getAuthorName(), challenge.getStatus(),
				challenge.getPublicReason(), challenge.getCreatedAt(), challenge.getDecidedAt(),
				edition.isPresent() ? edition.getAsInt() : null);
	}

	/**
	 * Where the edition that applied it is listed.
	 * @return such as {@code /changes#edition-3}, or {@code null}
	 */
	public String editionPath() {
		return (this.edition != null) ? "/changes#edition-" + this.edition : null;
	}

}
