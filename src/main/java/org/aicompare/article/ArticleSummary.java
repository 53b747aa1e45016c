package org.aicompare.article;

/**
 * An article as plain values, for the pages that list it or link to it.
 *
 * @param slug the article's slug
 * @param title its title
 * @param titleAdded whether the site gave the title, the source having none
 * @param kind what part of the source it is
 * @param position its place in reading order, from 0
 * @param summary the one-line summary the site adds
 * @param firstPassage its first passage
 * @param lastPassage its last passage
 */
public record ArticleSummary(String slug, String title, boolean titleAdded, ArticleKind kind, int position,
		String summary, int firstPassage, int lastPassage) {

}
