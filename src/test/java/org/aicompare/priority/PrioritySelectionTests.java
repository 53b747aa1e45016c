package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.aicompare.priority.PrioritySelection.Problem;
import org.aicompare.priority.PrioritySelection.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PrioritySelection}.
 */
class PrioritySelectionTests {

	private static final Set<String> VALID = Set.of("speed", "transparency", "data-ownership");

	@Test
	void readsSlugsWithAnOptionalWeightThatDefaultsToOne() {
		PrioritySelection.Reading reading = PrioritySelection
			.read(List.of("speed", "transparency:3", " data-ownership:2 "), VALID);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.selection().weights()).containsExactly(Map.entry("speed", 1), Map.entry("transparency", 3),
				Map.entry("data-ownership", 2));
		assertThat(reading.selection().toQuery())
			.isEqualTo("priority=speed&priority=transparency:3&priority=data-ownership:2");
	}

	@Test
	void namesEveryBadValueAndKeepsTheValidPart() {
		PrioritySelection.Reading reading = PrioritySelection.read(List.of("speed", "bogus", "transparency:4",
				"transparency:0", "speed:2", "Speed", "data-ownership:", "", "x:1:2"), VALID);
		assertThat(reading.selection().weights()).containsExactly(Map.entry("speed", 1));
		assertThat(reading.problems()).containsExactly(new Problem("bogus", Reason.UNKNOWN_PRIORITY),
				new Problem("transparency:4", Reason.WEIGHT_OUT_OF_RANGE),
				new Problem("transparency:0", Reason.WEIGHT_OUT_OF_RANGE), new Problem("speed:2", Reason.REPEATED),
				new Problem("Speed", Reason.MALFORMED), new Problem("data-ownership:", Reason.MALFORMED),
				new Problem("x:1:2", Reason.MALFORMED));
	}

	@Test
	void takesAtMostTwentyPriorities() {
		Set<String> many = new java.util.HashSet<>();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add("p" + i);
			values.add("p" + i);
		}
		PrioritySelection.Reading reading = PrioritySelection.read(values, many);
		assertThat(reading.selection().weights()).hasSize(PrioritySelection.MAX_PRIORITIES);
		assertThat(reading.problems()).hasSize(5).allMatch((problem) -> problem.reason() == Reason.TOO_MANY);
	}

	@Test
	void shortensAnOversizedValueBeforeNamingIt() {
		String huge = "a".repeat(5000);
		PrioritySelection.Reading reading = PrioritySelection.read(List.of(huge), VALID);
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.reason()).isEqualTo(Reason.MALFORMED);
			assertThat(problem.value()).hasSizeLessThan(70).endsWith("\u2026");
		});
	}

	@Test
	void parseRejectsAnySelectionWithAProblem() {
		assertThat(PrioritySelection.parse(List.of("speed:3"), VALID).values()).containsExactly("speed:3");
		assertThatExceptionOfType(PrioritySelection.InvalidSelectionException.class)
			.isThrownBy(() -> PrioritySelection.parse(List.of("speed", "nope"), VALID))
			.withMessageContaining("nope");
	}

}
