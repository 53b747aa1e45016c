package org.aicompare.comment;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * The words that name things on the page a comment is posted on: for an article its title
 * and section titles, for an organisation profile its name and the names of its models
 * and products. A comment that names none of them may not be about the page at all.
 *
 * @param terms the names and titles, as the page shows them
 */
public record PageTerms(Set<String> terms) {

	/** A page that names nothing, for comments whose page is not known. */
	public static final PageTerms NONE = new PageTerms(Set.of());

	public PageTerms {
		terms = Set.copyOf(terms);
	}

	/**
	 * The terms of a page.
	 * @param terms the names and titles, as the page shows them
	 * @return the page terms
	 */
	public static PageTerms of(String... terms) {
		return new PageTerms(Set.copyOf(Arrays.asList(terms)));
	}

	/**
	 * The terms of a page.
	 * @param terms the names and titles, as the page shows them
	 * @return the page terms
	 */
	public static PageTerms of(Collection<String> terms) {
		return new PageTerms(Set.copyOf(terms));
	}

	/**
	 * The significant words of all the terms, stemmed, as {@link Words} compares them.
	 * @return the stemmed words, without stop words
	 */
	Set<String> words() {
		return Words.significant(String.join(" ", this.terms));
	}

	/**
	 * Whether one of the terms is this text, ignoring case; names such as "Fetch.ai" look
	 * like web addresses but are not links on their own page.
	 * @param text a piece of a comment
	 * @return {@code true} if a term is exactly this text
	 */
	boolean names(String text) {
		return this.terms.stream().anyMatch(text::equalsIgnoreCase);
	}

}
