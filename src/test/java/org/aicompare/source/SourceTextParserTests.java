package org.aicompare.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourceTextParser}.
 */
class SourceTextParserTests {

	private final List<SourcePassage> passages = SourceTextParser.parse(sourceText());

	@Test
	void numbersEveryNonBlankLineOnceInReadingOrder() {
		assertThat(this.passages).hasSize(244);
		for (int i = 0; i < this.passages.size(); i++) {
			assertThat(this.passages.get(i).number()).isEqualTo(i + 1);
		}
		assertThat(this.passages.get(0).text()).startsWith("Artificial intelligence (AI) is transforming");
		assertThat(this.passages.get(243).text()).contains("[Product/Tool]");
	}

	@Test
	void keepsEveryLineOfTheSourceVerbatimInSomePassage() {
		String joined = String.join("\n", this.passages.stream().map(SourcePassage::original).toList());
		for (String line : sourceText().split("\\R")) {
			if (!line.isBlank() && !line.startsWith("|---")) {
				assertThat(joined).as(line).contains(line);
			}
		}
	}

	@Test
	void classifiesHeadingsParagraphsListItemsRowsAndComments() {
		assertThat(passage(4)).extracting(SourcePassage::kind, SourcePassage::text)
			.containsExactly(PassageKind.HEADING, "What Is Centralized AI?");
		assertThat(passage(46).kind()).isEqualTo(PassageKind.HEADING);
		assertThat(passage(76).kind()).as("Privacy Risks").isEqualTo(PassageKind.HEADING);
		assertThat(passage(228).kind()).as("The most likely outcome?").isEqualTo(PassageKind.PARAGRAPH);
		assertThat(passage(170).kind()).as("Strengths:").isEqualTo(PassageKind.PARAGRAPH);
		assertThat(passage(14)).extracting(SourcePassage::kind, SourcePassage::text, SourcePassage::original)
			.containsExactly(PassageKind.LIST_ITEM, "Controlled by one organization",
					"- Controlled by one organization");
		assertThat(this.passages).filteredOn((p) -> p.kind() == PassageKind.TABLE_ROW)
			.extracting(SourcePassage::number)
			.containsExactly(35, 36, 37, 38, 39, 40, 41, 42, 43);
		assertThat(this.passages).filteredOn((p) -> p.kind() == PassageKind.COMMENT)
			.extracting(SourcePassage::number)
			.containsExactly(236, 237, 238, 239, 240, 241, 242, 243, 244);
	}

	@Test
	void joinsALineThatStartsWithACommaToTheLineBeforeAndSaysSo() {
		SourcePassage joined = passage(23);
		assertThat(joined.text())
			.isEqualTo("This approach often combines blockchain technology, distributed computing, "
					+ "token incentives, and open-source collaboration to create AI systems that are transparent and "
					+ "community-owned.");
		assertThat(joined.original()).contains("technology\n, distributed");
		assertThat(joined.repair()).isEqualTo(SourceTextParser.JOINED_LINE_NOTE);
		assertThat(this.passages).filteredOn((p) -> p.repair() != null).hasSize(1);
	}

	@Test
	void recordsTheHeadingEachPassageStandsUnder() {
		assertThat(passage(14).section()).isEqualTo("Key Characteristics of Centralized AI");
		assertThat(passage(49).section()).isEqualTo("1. Superior Performance");
		assertThat(passage(240).section()).isEqualTo("Comments");
	}

	private SourcePassage passage(int number) {
		return this.passages.get(number - 1);
	}

	private static String sourceText() {
		return SourceFixture.text();
	}

}
