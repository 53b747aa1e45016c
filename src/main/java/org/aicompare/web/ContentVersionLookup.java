package org.aicompare.web;

/**
 * Tells the API which version of the content it serves, for the citation it offers. The
 * content feature implements it; the API says "unknown" without it.
 */
@FunctionalInterface
public interface ContentVersionLookup {

	/**
	 * The version of the content in the database.
	 * @return the version, or {@code null} before the first import
	 */
	String currentVersion();

}
