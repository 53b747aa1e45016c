package org.aicompare.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The lookups made once per revision from the editions, newest first as they are read:
 * the first edition that answers a challenge, and the last edition a thing changed in.
 */
class EditionIndexTests {

	private static final String CELL = EditionKeys.matrixRating("control", "hybrid");

	private final EditionHistory history = mock(EditionHistory.class);

	private final Editions editions = new Editions(this.history, new EditionIndex(this.history));

	@Test
	void theOldestEditionThatNamesAChallengeIsTheOneThatAnsweredIt() {
		given(this.history.editions())
			.willReturn(List.of(edition(3, List.of(7L, 9L)), edition(2, List.of(7L)), edition(1, List.of())));
		assertThat(this.editions.editionAnswering(7)).hasValue(2);
		assertThat(this.editions.editionAnswering(9)).hasValue(3);
		assertThat(this.editions.editionAnswering(8)).isEmpty();
	}

	@Test
	void aThingChangedInTheNewestEditionThatChangedIt() {
		given(this.history.editions()).willReturn(List.of(edition(3, List.of(), change(CELL)),
				edition(2, List.of(), change(CELL)), edition(1, List.of())));
		assertThat(this.editions.lastChanged()).containsExactlyEntriesOf(Map.of(CELL, 3));
	}

	private static EditionView edition(int number, List<Long> answers, EditionChange... changes) {
		return new EditionView(number, LocalDate.of(2026, 12, number), "", answers, List.of(changes));
	}

	private static EditionChange change(String key) {
		return new EditionChange(key, EditionItem.Kind.RATING, EditionChange.Type.CHANGED, "matrix", "/compare",
				"Compare", "Control, hybrid", "control", "3", "4", "Why");
	}

}
