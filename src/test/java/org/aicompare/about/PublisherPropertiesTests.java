package org.aicompare.about;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PublisherProperties}.
 */
class PublisherPropertiesTests {

	@Test
	void theDefaultNameMarksTheCopyAsUnconfigured() {
		assertThat(properties(PublisherProperties.UNCONFIGURED_NAME, "x").configured()).isFalse();
		assertThat(properties("Example Media Ltd", "x").configured()).isTrue();
	}

	@Test
	void anEmailAddressIsMailedAnHttpsAddressLinkedAndAnythingElseShownAsText() {
		assertThat(properties("P", "desk@example.org").contactLink()).isEqualTo("mailto:desk@example.org");
		assertThat(properties("P", "https://example.org/contact").contactLink())
			.isEqualTo("https://example.org/contact");
		assertThat(properties("P", PublisherProperties.UNCONFIGURED).contactLink()).isNull();
		assertThat(properties("P", "http://example.org/contact").contactLink()).isNull();
	}

	@Test
	void noEditorsIsAnEmptyList() {
		assertThat(new PublisherProperties("P", null, "c", "l", "x").editors()).isEmpty();
	}

	private static PublisherProperties properties(String name, String contact) {
		return new PublisherProperties(name, List.of("Ada, editor"), contact, "Lyon", "None.");
	}

}
