package org.aicompare.spectrum;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AxisTests {

	@Test
	void readsEveryAxisFromItsSlug() {
		for (Axis axis : Axis.values()) {
			assertThat(Axis.fromSlug(axis.slug())).contains(axis);
		}
		assertThat(Axis.GOVERNANCE.slug()).isEqualTo("governance");
	}

	@Test
	void knowsNoOtherAxis() {
		assertThat(Axis.fromSlug("Governance")).isEmpty();
		assertThat(Axis.fromSlug("nope")).isEmpty();
		assertThat(Axis.fromSlug("")).isEmpty();
	}

}
