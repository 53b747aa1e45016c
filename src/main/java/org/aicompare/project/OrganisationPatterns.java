package org.aicompare.project;

import java.util.List;
import java.util.Set;

/**
 * Lets a higher feature say which concrete patterns of a model an organisation takes part
 * in: the hybrid patterns. A profile lists them, and the organisation list filtered by
 * that model shows the organisations taking part in one.
 */
public interface OrganisationPatterns {

	/**
	 * The slug of the model the patterns are instances of.
	 * @return the model's slug, such as {@code hybrid}
	 */
	String model();

	/**
	 * The patterns an organisation takes part in.
	 * @param organisation the organisation's slug
	 * @return the patterns, in display order, possibly none
	 */
	List<PatternLink> patternsOf(String organisation);

	/**
	 * The organisations that take part in at least one pattern.
	 * @return their slugs
	 */
	Set<String> participants();

	/**
	 * A pattern an organisation takes part in, and its part.
	 *
	 * @param slug the pattern's slug
	 * @param name the pattern's name
	 * @param path the pattern's page
	 * @param role the organisation's part in it
	 */
	record PatternLink(String slug, String name, String path, String role) {
	}

}
