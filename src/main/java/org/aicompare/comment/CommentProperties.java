package org.aicompare.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reader comments are screened and published.
 *
 * @param publishImmediately whether a comment that passes screening is shown at once;
 * {@code false} (the default) sends every comment to a moderator first. Comments that
 * screening holds wait for a moderator either way.
 * @param minimumFormSeconds the fewest seconds between showing the form and receiving the
 * comment; anything quicker was not typed by a person and is spam
 * @param maxLinks how many links a comment may carry before it is held for a moderator
 * @param floodSeconds the fewest seconds between two comments from the same sender; the
 * web layer turns quicker ones away
 * @param tokenSecret the key that signs comment forms and hashes senders' addresses;
 * unset (the default), the site makes one and keeps it in the database, shared by every
 * instance on it. Set it only from the environment, never in a committed file.
 */
@ConfigurationProperties("aicompare.comments")
public record CommentProperties(@DefaultValue("false") boolean publishImmediately,
		@DefaultValue("3") int minimumFormSeconds, @DefaultValue("1") int maxLinks,
		@DefaultValue("15") int floodSeconds, String tokenSecret) {

	/** The settings a site starts with. */
	public static final CommentProperties DEFAULTS = new CommentProperties(false, 3, 1, 15);

	@ConstructorBinding
	public CommentProperties {
		if (minimumFormSeconds < 0 || maxLinks < 0 || floodSeconds < 0) {
			throw new IllegalArgumentException("aicompare.comments settings must not be negative");
		}
	}

	/**
	 * Settings with a key kept in the database.
	 * @param publishImmediately whether a comment that passes screening is shown at once
	 * @param minimumFormSeconds the fewest seconds between showing the form and receiving
	 * the comment
	 * @param maxLinks how many links a comment may carry before it is held
	 * @param floodSeconds the fewest seconds between two comments from the same sender
	 */
	public CommentProperties(boolean publishImmediately, int minimumFormSeconds, int maxLinks, int floodSeconds) {
		this(publishImmediately, minimumFormSeconds, maxLinks, floodSeconds, null);
	}

	/**
	 * The fewest seconds between showing the form and receiving the comment.
	 * @return {@link #minimumFormSeconds()} as a duration
	 */
	public Duration minimumFormTime() {
		return Duration.ofSeconds(this.minimumFormSeconds);
	}

	/**
	 * The fewest seconds between two comments from the same sender.
	 * @return {@link #floodSeconds()} as a duration
	 */
	public Duration floodInterval() {
		return Duration.ofSeconds(this.floodSeconds);
	}

}
