package org.aicompare.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * One edition as plain values.
 *
 * @param number its number, from 1
 * @param publishedOn the day it was published
 * @param summary what the editors wrote, empty when they wrote nothing
 * @param answers the numbers of the challenges it answers
 * @param changes what changed since the edition before; none for the first
 */
public record EditionView(int number, LocalDate publishedOn, String summary, List<Long> answers,
		List<EditionChange> changes) {

	/**
	 * Whether this is the first edition, which holds everything and compares with
	 * nothing.
	 * @return {@code true} for edition 1
	 */
	public boolean first() {
		return this.number == 1;
	}

}
