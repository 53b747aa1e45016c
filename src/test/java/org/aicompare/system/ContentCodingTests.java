package org.aicompare.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContentCoding}: a client gets the form it accepts with the highest
 * {@code q}, Brotli on a tie, and never one it refuses.
 */
class ContentCodingTests {

	@ParameterizedTest
	@CsvSource({ "'gzip, deflate, br, zstd', BR", "'br;q=1.0, gzip;q=0.8', BR", "'gzip, br', BR", "*, BR",
			"'br;q=0.5, gzip', GZIP", "'br;q=0, *', GZIP", "'gzip;q=0.2, br;q=0.1', GZIP", "'deflate', IDENTITY",
			"'gzip;q=0, br;q=0', IDENTITY", "'*;q=0', IDENTITY", "identity, IDENTITY", "'', IDENTITY",
			"'br;q=2, gzip;q=0.5', GZIP", "'BR; Q=0.9', BR" })
	void choosesTheFormTheClientPrefers(String header, ContentCoding expected) {
		assertThat(ContentCoding.choose(header, true)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'gzip, deflate, br', GZIP", "br, IDENTITY", "*, GZIP" })
	void fallsBackToGzipWhereBrotliCannotBeMade(String header, ContentCoding expected) {
		assertThat(ContentCoding.choose(header, false)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "IDENTITY, ''", "GZIP, -gzip", "BR, -br" })
	void namesEachFormInTheEntityTag(ContentCoding coding, String suffix) {
		assertThat(coding.tagSuffix()).isEqualTo(suffix);
	}

}
