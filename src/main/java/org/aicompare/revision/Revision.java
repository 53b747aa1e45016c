package org.aicompare.revision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One value of the site revision.
 *
 * @param number the counter, raised by one with every change
 * @param changedAt when it was last raised
 * @author aicompare
 */
public record Revision(long number, Instant changedAt) {

	/**
	 * The revision as a weak entity tag. Weak, because Tomcat compresses only responses
	 * without a strong one, and the same page may travel gzipped or not.
	 * @return the tag, such as {@code W/"r42"}
	 */
	public String etag() {
		return "W/\"r" + this.number + "\"";
	}

	/**
	 * When the revision changed, to the second, as {@code Last-Modified} carries it.
	 * @return epoch milliseconds
	 */
	public long lastModified() {
		return this.changedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
	}

}
