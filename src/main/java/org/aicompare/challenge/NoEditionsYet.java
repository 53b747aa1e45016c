package org.aicompare.challenge;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;

/**
 * The answer while the site keeps no editions of its content: no challenge has been
 * applied by one. To be replaced by the editions' own lookup once editions are kept.
 */
@Component
class NoEditionsYet implements ChallengeEditions {

	@Override
	public OptionalInt editionAnswering(long challengeId) {
		return OptionalInt.empty();
	}

}
