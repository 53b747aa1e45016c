package org.aicompare.web;

/**
 * A link to a page of the site.
 *
 * @param title what the link says
 * @param path the page's path, such as {@code /projects/openai}
 */
public record PageLink(String title, String path) {

}
