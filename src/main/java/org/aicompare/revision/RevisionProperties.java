package org.aicompare.revision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance keeps up with changes that other instances make.
 *
 * @param pollInterval how often the site revision is read from the database; a change
 * made by another instance shows here at most this much later
 */
@ConfigurationProperties("aicompare.revision")
public record RevisionProperties(@DefaultValue("2s") Duration pollInterval) {

	public RevisionProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("aicompare.revision.poll-interval must be positive");
		}
	}

}
