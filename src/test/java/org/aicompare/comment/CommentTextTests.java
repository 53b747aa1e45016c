package org.aicompare.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommentText}.
 */
class CommentTextTests {

	@Test
	void normaliseTrimsAndUnifiesLineBreaks() {
		assertThat(CommentText.normalise("  one\r\ntwo\rthree\u2028four \n")).isEqualTo("one\ntwo\nthree\nfour");
	}

	@Test
	void normaliseDropsControlCharactersButKeepsLineBreaksAndTabs() {
		assertThat(CommentText.normalise("a\u0000b\u0007c\td\u001Be\nf\u007F")).isEqualTo("abc\tde\nf");
	}

	@Test
	void normaliseKeepsOneBlankLineBetweenParagraphs() {
		assertThat(CommentText.normalise("one\n\ntwo\n\n\n\nthree\n \n\t\n  \nfour"))
			.isEqualTo("one\n\ntwo\n\nthree\n\nfour");
	}

	@Test
	void normaliseIsIdempotentAndSafeOnNull() {
		String once = CommentText.normalise(" x \r\n\r\n\r\n\r\ny\u0000 ");
		assertThat(CommentText.normalise(once)).isEqualTo(once);
		assertThat(CommentText.normalise(null)).isEmpty();
	}

	@Test
	void fingerprintIgnoresCaseAndWhitespace() {
		assertThat(CommentText.fingerprint("Great   analysis.\n\nCentralized AI wins"))
			.isEqualTo(CommentText.fingerprint("  great analysis. centralized ai WINS\r\n"))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
		assertThat(CommentText.sameText("Ｄecentralized", "decentralized")).isTrue();
	}

	@Test
	void fingerprintTellsDifferentTextsApart() {
		assertThat(CommentText.sameText("Centralized AI wins", "Decentralized AI wins")).isFalse();
		assertThat(CommentText.sameText("greatanalysis", "great analysis")).isFalse();
	}

}
