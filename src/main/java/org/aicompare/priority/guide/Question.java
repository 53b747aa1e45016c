package org.aicompare.priority.guide;

/**
 * An either-or question: which of two priorities matters more?
 *
 * @param first the slug of the priority named first
 * @param second the slug of the other
 */
public record Question(String first, String second) {

}
