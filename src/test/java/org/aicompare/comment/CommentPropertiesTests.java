package org.aicompare.comment;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CommentProperties}: the defaults a site starts with and how they are
 * changed.
 */
class CommentPropertiesTests {

	@Test
	void defaultsHoldEveryCommentForAModerator() {
		CommentProperties properties = bind(Map.of());
		assertThat(properties).isEqualTo(CommentProperties.DEFAULTS);
		assertThat(properties.publishImmediately()).isFalse();
		assertThat(properties.minimumFormTime()).isEqualTo(Duration.ofSeconds(3));
		assertThat(properties.maxLinks()).isEqualTo(1);
		assertThat(properties.floodInterval()).isEqualTo(Duration.ofSeconds(15));
	}

	@Test
	void settingsBindFromTheirPropertyNames() {
		CommentProperties properties = bind(
				Map.of("aicompare.comments.publish-immediately", "true", "aicompare.comments.minimum-form-seconds", "5",
						"aicompare.comments.max-links", "0", "aicompare.comments.flood-seconds", "60"));
		assertThat(properties).isEqualTo(new CommentProperties(true, 5, 0, 60));
	}

	@Test
	void negativeSettingsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CommentProperties(false, -1, 1, 15));
	}

	private static CommentProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("aicompare.comments",
				CommentProperties.class);
	}

}
