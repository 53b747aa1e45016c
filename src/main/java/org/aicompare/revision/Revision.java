package org.aicompare.revision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One value of the site revision.
 *
 * @param number the counter, raised by one with every change
 * @param changedAt when it was last raised
 */
public record Revision(long number, Instant changedAt) {

	/**
	 * The revision as a weak entity tag, marked with the release that renders it. Weak,
	 * because Tomcat compresses only responses without a strong one, and the same page
	 * may travel gzipped or not.
	 * @param release what tells one build of the site from another, such as its build
	 * time
	 * @return the tag, such as {@code W/"r42-t1kz3n"}
	 */
	public String etag(String release) {
		return "W/\"r" + this.number + "-" + release + "\"";
	}

	/**
	 * When the revision changed, or the release was built if that was later, to the
	 * second, as {@code Last-Modified} carries it.
	 * @param releasedAt when the release was built
	 * @return epoch milliseconds
	 */
	public long lastModified(Instant releasedAt) {
		Instant later = this.changedAt.isAfter(releasedAt) ? this.changedAt : releasedAt;
		return later.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
	}

}
