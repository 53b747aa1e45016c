package org.aicompare.search;

/**
 * One result as the search page shows it. The title and snippet are HTML this project
 * builds from escaped text, with the words that matched in {@code <mark>}.
 *
 * @param kind what the result is
 * @param titleHtml the highlighted title
 * @param url where the result links to
 * @param snippetHtml the highlighted part of the text that matched best
 */
public record SearchHit(SearchKind kind, String titleHtml, String url, String snippetHtml) {

}
