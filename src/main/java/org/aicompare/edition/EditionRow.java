package org.aicompare.edition;

import java.time.LocalDate;

/**
 * An edition as read for the list of editions: everything but its snapshot.
 *
 * @param number its number
 * @param publishedOn when it was published
 * @param summary the editors' summary, empty when they wrote none
 * @param answers the challenges it answers, comma-separated
 * @param changes its changes as JSON
 */
record EditionRow(int number, LocalDate publishedOn, String summary, String answers, String changes) {

}
