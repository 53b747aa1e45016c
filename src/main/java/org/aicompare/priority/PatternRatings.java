package org.aicompare.priority;

import java.util.List;
import java.util.Map;

/**
 * Lets a higher feature give the advisor the concrete patterns of a model, rated on the
 * matrix's dimensions like the models, so the advisor ranks them with the same
 * arithmetic: the hybrid model's documented patterns.
 */
public interface PatternRatings {

	/**
	 * The slug of the model the patterns are instances of.
	 * @return the model's slug, such as {@code hybrid}
	 */
	String model();

	/**
	 * The patterns in display order.
	 * @return each pattern with its ratings
	 */
	List<RatedPattern> ratedPatterns();

	/**
	 * One pattern as the advisor scores it.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param path its page's address
	 * @param ratings its rating from 1 to 5 by dimension slug
	 */
	record RatedPattern(String slug, String name, String path, Map<String, Integer> ratings) {
	}

}
