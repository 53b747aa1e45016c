package org.aicompare.project;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The organisations a reader picked to compare: the {@code slugs} parameter, comma
 * separated and/or repeated, in the order given; two to four different ones.
 *
 * @param slugs the slugs picked, in order
 */
record ProjectPick(List<String> slugs) {

	/** The fewest organisations a comparison shows. */
	static final int MIN = 2;

	/** The most organisations a comparison shows. */
	static final int MAX = 4;

	/** The parameter that carries the slugs. */
	static final String PARAMETER = "slugs";

	/**
	 * Read the slugs of a comma-separated and/or repeated parameter.
	 * @param values the parameter's values, or {@code null}
	 * @return the pick
	 */
	static ProjectPick of(List<String> values) {
		if (values == null) {
			return new ProjectPick(List.of());
		}
		return new ProjectPick(values.stream()
			.flatMap((value) -> List.of(value.split(",")).stream())
			.map(String::strip)
			.filter((slug) -> !slug.isEmpty())
			.toList());
	}

	/**
	 * Whether the pick has two to four different organisations.
	 * @return {@code true} if it has
	 */
	boolean isRightSize() {
		return this.slugs.size() >= MIN && this.slugs.size() <= MAX
				&& new HashSet<>(this.slugs).size() == this.slugs.size();
	}

	/**
	 * The slugs that name no organisation.
	 * @param known the organisations' slugs
	 * @return the unknown slugs, in order
	 */
	List<String> unknown(Collection<String> known) {
		return this.slugs.stream().filter((slug) -> !known.contains(slug)).toList();
	}

	/**
	 * The pick as the parameter's value.
	 * @return the slugs, comma separated
	 */
	String value() {
		return String.join(",", this.slugs);
	}

}
