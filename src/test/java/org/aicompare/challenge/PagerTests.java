package org.aicompare.challenge;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Pager}.
 */
class PagerTests {

	@Test
	void saysWhetherThereAreNewerAndOlderPages() {
		Pager middle = Pager.of(new PageImpl<>(List.of("b"), PageRequest.of(1, 1), 3));
		assertThat(middle.number()).isEqualTo(1);
		assertThat(middle.totalPages()).isEqualTo(3);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		Pager last = Pager.of(new PageImpl<>(List.of("c"), PageRequest.of(2, 1), 3));
		assertThat(last.hasNext()).isFalse();
		Pager first = Pager.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 1), 3));
		assertThat(first.hasPrevious()).isFalse();
	}

}
