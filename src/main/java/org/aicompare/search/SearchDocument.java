package org.aicompare.search;

/**
 * One thing the search can find: a page or a part of one, with the text it is found by.
 *
 * @param kind what it is
 * @param title what its result is called
 * @param url where its result links to
 * @param body the text it is found by and its snippet is cut from
 */
record SearchDocument(SearchKind kind, String title, String url, String body) {

}
