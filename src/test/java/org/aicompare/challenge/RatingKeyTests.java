package org.aicompare.challenge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RatingKey}.
 */
class RatingKeyTests {

	@ParameterizedTest
	@ValueSource(strings = { "matrix:centralized:control", "organisation:openai:data-ownership",
			"spectrum:bittensor:compute", "pattern:gateway-router:control" })
	void readsAndWritesEveryKindOfKeyTheSame(String key) {
		assertThat(RatingKey.parse(key)).get().hasToString(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "matrix", "matrix:centralized", "matrix:centralized:control:extra",
			"grade:openai:control", "MATRIX:centralized:control", "matrix:Centralized:control", "matrix::control",
			"matrix:centralized:", "matrix:central ized:control", "matrix:-x:control", "matrix:x--y:control" })
	void refusesWhatIsNotAKey(String value) {
		assertThat(RatingKey.parse(value)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { RatingKey.MAX_LENGTH + 1, 10_000 })
	void refusesAnOversizedKey(int length) {
		assertThat(RatingKey.parse("matrix:" + "a".repeat(length) + ":control")).isEmpty();
		assertThat(RatingKey.parse(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org/report", "https://www.example.org/a?b=c#d", "HTTPS://example.org" })
	void acceptsHttpsAddressesAsSources(String value) {
		assertThat(ChallengePosting.isWebAddress(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.org", "javascript:alert(1)", "ftp://example.org", "example.org",
			"https://localhost/x", "https://user:pw@example.org/", "https://exa mple.org", "https:///path" })
	void refusesWhatIsNotAnHttpsAddressAsASource(String value) {
		assertThat(ChallengePosting.isWebAddress(value)).isFalse();
	}

}
