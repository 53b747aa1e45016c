package org.aicompare.priority.guide;

/**
 * An answer given, as the guide's pages list it.
 *
 * @param firstName the name of the priority that matters more (or either, when the same)
 * @param secondName the other's
 * @param same whether the answer was "about the same"
 * @param againQuery the query string that asks this pair again
 */
public record GuideAnswerLine(String firstName, String secondName, boolean same, String againQuery) {

}
