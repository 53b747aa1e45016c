package org.aicompare.challenge;

import java.util.OptionalInt;

/**
 * Which edition of the content applied an accepted challenge, as the content files name
 * the challenge an edit answers.
 */
public interface ChallengeEditions {

	/**
	 * The edition that applied a challenge.
	 * @param challengeId the challenge's number
	 * @return the edition's number, or empty when no edition names it yet
	 */
	OptionalInt editionAnswering(long challengeId);

}
