package org.aicompare.edition;

import java.util.List;

/**
 * What the editors wrote for the newest entry of the content's change log.
 *
 * @param summary its summary
 * @param answers the numbers of the challenges it answers, possibly none
 */
public record EditionNote(String summary, List<Long> answers) {

	public EditionNote {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

}
