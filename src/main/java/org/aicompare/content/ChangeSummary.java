package org.aicompare.content;

import java.time.LocalDate;

/**
 * A change to the content as plain values, for the pages that say what changed.
 *
 * @param changedOn the day of the change
 * @param summary what changed
 */
public record ChangeSummary(LocalDate changedOn, String summary) {

}
