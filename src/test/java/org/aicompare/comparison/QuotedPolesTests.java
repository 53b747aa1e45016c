package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a cell quotes the words that define an end of its dimension's scale (rating 1 or
 * 5), its rating is that end, or the cell says why not ("Rated 2, not 1, ...").
 */
@SpringBootTest
class QuotedPolesTests {

	private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "the", "of", "and", "or");

	@Autowired
	private MatrixService matrix;

	@Test
	void aCellThatQuotesAnEndOfItsScaleIsRatedThereOrSaysWhyNot() {
		List<String> quotingAnEnd = new ArrayList<>();
		for (Matrix.Row row : this.matrix.matrix().rows()) {
			for (Matrix.Entry cell : row.cells()) {
				// Only the source's own words are quoted; derived cells are the site's
				// reading.
				Integer end = (cell.kind() == CellKind.QUOTED) ? quotedEnd(cell.text(), row.lowLabel(), row.highLabel())
						: null;
				if (end == null) {
					continue;
				}
				quotingAnEnd.add(row.slug() + "/" + cell.model());
				if (cell.rating() != end) {
					assertThat(cell.rationale())
						.as("%s/%s quotes the end rated %d but is rated %d", row.slug(), cell.model(), end,
								cell.rating())
						.startsWith("Rated " + cell.rating() + ", not " + end + ", ");
				}
			}
		}
		// The seeded matrix quotes an end of its scale in these cells; a test that found
		// none would check nothing.
		assertThat(quotingAnEnd).contains("control/decentralized", "cost-efficiency/centralized",
				"cost-efficiency/decentralized", "security/centralized", "security/decentralized",
				"governance/centralized", "governance/decentralized");
	}

	@Test
	void theCostOfCentralizedAiIsRatedAtTheEndItsWordsName() {
		Matrix.Entry cell = this.matrix.matrix()
			.rows()
			.stream()
			.filter((row) -> row.slug().equals("cost-efficiency"))
			.flatMap((row) -> row.cells().stream())
			.filter((entry) -> entry.model().equals("centralized"))
			.findFirst()
			.orElseThrow();
		assertThat(cell.text()).isEqualTo("Expensive infrastructure");
		assertThat(cell.rating()).isEqualTo(1);
	}

	@Test
	void recognisesTheQuotedWordsOfAnEndWithOrWithoutLittleWords() {
		assertThat(quotedEnd("Expensive infrastructure", "Expensive, owned infrastructure", "Shared resources"))
			.isEqualTo(1);
		assertThat(quotedEnd("Shared resource model", "Expensive, owned infrastructure", "Shared resources"))
			.isEqualTo(5);
		assertThat(quotedEnd("Single point of failure", "A single point of failure", "Distributed resilience"))
			.isEqualTo(1);
		assertThat(quotedEnd("Low", "A black box", "Open to inspection")).isNull();
		assertThat(quotedEnd("Moderate", "Slow", "Fast")).isNull();
	}

	/**
	 * The rating of the end whose words the cell quotes: all the words of one contain all
	 * the words of the other, little words and plural endings aside.
	 */
	static Integer quotedEnd(String cell, String low, String high) {
		Set<String> words = words(cell);
		if (matches(words, words(low))) {
			return 1;
		}
		return matches(words, words(high)) ? 5 : null;
	}

	private static boolean matches(Set<String> cell, Set<String> end) {
		return !cell.isEmpty() && !end.isEmpty() && (cell.containsAll(end) || end.containsAll(cell));
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
			.filter((word) -> !word.isEmpty() && !LITTLE_WORDS.contains(word))
			.map((word) -> (word.length() > 3 && word.endsWith("s")) ? word.substring(0, word.length() - 1) : word)
			.collect(Collectors.toSet());
	}

}
