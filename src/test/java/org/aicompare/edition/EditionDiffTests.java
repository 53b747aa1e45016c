package org.aicompare.edition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EditionDiff}: what counts as a change from one edition to the next.
 */
class EditionDiffTests {

	private static final EditionItem CONTROL = rating("3", "Shared.");

	@Test
	void aRatingWhoseValueChangedIsOneChangeFromTheOldToTheNewWithTheNewReason() {
		assertThat(EditionDiff.between(snapshot(CONTROL), snapshot(rating("4", "More shared.")))).singleElement()
			.satisfies((change) -> {
				assertThat(change.type()).isEqualTo(EditionChange.Type.CHANGED);
				assertThat(change.from()).isEqualTo("3");
				assertThat(change.to()).isEqualTo("4");
				assertThat(change.reason()).isEqualTo("More shared.");
			});
	}

	@Test
	void aReasonRewordedAloneIsNoChange() {
		assertThat(EditionDiff.between(snapshot(CONTROL), snapshot(rating("3", "Reworded.")))).isEmpty();
	}

	@Test
	void factsAreAddedRemovedOrReplacedWithinTheirOwnerAndTopic() {
		EditionItem old = fact("base", "San Francisco");
		EditionItem moved = fact("base", "Seattle");
		EditionItem other = fact("products", "ChatGPT");
		List<EditionChange> changes = EditionDiff.between(snapshot(old), snapshot(moved, other));
		assertThat(changes).extracting(EditionChange::type)
			.containsExactly(EditionChange.Type.CHANGED, EditionChange.Type.ADDED);
		assertThat(changes.get(0).from()).isEqualTo("San Francisco");
		assertThat(changes.get(0).to()).isEqualTo("Seattle");
		assertThat(EditionDiff.between(snapshot(other), snapshot())).singleElement()
			.extracting(EditionChange::type)
			.isEqualTo(EditionChange.Type.REMOVED);
	}

	@Test
	void snapshotsAndChangesSurviveTheirJson() {
		EditionSnapshot snapshot = new EditionSnapshot(Map.of("control", Map.of("centralized", 3)), Map.of(), Map.of(),
				List.of(CONTROL));
		assertThat(EditionJson.snapshot(EditionJson.write(snapshot))).isEqualTo(snapshot);
		List<EditionChange> changes = EditionDiff.between(snapshot(CONTROL), snapshot(rating("4", "More.")));
		assertThat(EditionJson.changes(EditionJson.write(changes))).isEqualTo(changes);
	}

	private static EditionSnapshot snapshot(EditionItem... items) {
		return new EditionSnapshot(Map.of(), Map.of(), Map.of(), List.of(items));
	}

	private static EditionItem rating(String value, String reason) {
		return new EditionItem(EditionKeys.matrixRating("control", "centralized"), EditionItem.Kind.RATING,
				"model/centralized", "/compare#dimension-control", "Control", "Centralized AI", "control", value,
				reason);
	}

	private static EditionItem fact(String topic, String text) {
		return new EditionItem(EditionKeys.fact("openai", topic, text), EditionItem.Kind.FACT,
				EditionKeys.organisation("openai"), "/projects/openai", "OpenAI", topic, null, text, null);
	}

}
