package org.aicompare.source;

/**
 * A reference as plain values, for the pages that list the references they cite.
 *
 * @param code its code, such as {@code S1}
 * @param title its title
 */
public record ReferenceSummary(String code, String title) {

}
