package org.aicompare.edition;

import java.util.List;
import java.util.Map;

/**
 * Everything one edition holds that a later one is compared with, and the ratings the
 * advisor scores with, as they were: {@code models.get(dimension).get(model)}, and the
 * same for the organisations (their own or their model's rating) and the patterns.
 *
 * @param models each dimension's rating per deployment model
 * @param organisations each dimension's rating per organisation
 * @param patterns each dimension's rating per hybrid pattern
 * @param items every rating, fact, reference and pattern, in page order
 */
public record EditionSnapshot(Map<String, Map<String, Integer>> models, Map<String, Map<String, Integer>> organisations,
		Map<String, Map<String, Integer>> patterns, List<EditionItem> items) {

}
