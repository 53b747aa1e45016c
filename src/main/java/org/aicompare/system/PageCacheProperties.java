package org.aicompare.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long browsers and shared caches may keep the public pages before they ask again.
 *
 * @param maxAge how long a page may be served from a cache without asking; {@code 0s}
 * (the default) makes every cache ask each time, which costs a {@code 304} without a
 * database query while nothing changed
 */
@ConfigurationProperties("aicompare.pages")
public record PageCacheProperties(@DefaultValue("0s") Duration maxAge) {

	public PageCacheProperties {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("aicompare.pages.max-age must not be negative");
		}
	}

}
