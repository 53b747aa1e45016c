package org.aicompare.web;

/**
 * What a reader needs to cite one page: its address under the configured base URL, the
 * content revision it shows and the date it was read.
 *
 * @param url the page's full address, with the query that selects what it shows
 * @param revision the content revision, or "unknown" before the first import
 * @param accessed the date the page was read, such as "2 December 2026"
 * @param accessedIso the same date as ISO-8601, for a {@code <time>} element
 */
public record PageCitation(String url, String revision, String accessed, String accessedIso) {

}
