package org.aicompare.article;

import java.util.List;

import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.ModelSummary;
import org.aicompare.source.SourcePassage;
import org.aicompare.web.RelatedLinks;

/**
 * Everything an article's page shows, as plain values, assembled once per site revision.
 *
 * @param article the article
 * @param group how the article list groups it
 * @param about the model it is about, or {@code null}
 * @param titlePassage the passage its title quotes, or {@code null} for an added title
 * @param body its sections, passage by passage
 * @param previous the article before it, or {@code null}
 * @param next the article after it, or {@code null}
 * @param related what other features link from it
 * @param comments its published comments, threaded
 * @param commentCount how many comments and replies it shows
 * @param jsonLd its schema.org description
 */
record ArticlePage(ArticleSummary article, ArticleGroup group, ModelSummary about, SourcePassage titlePassage,
		ArticleBody body, ArticleSummary previous, ArticleSummary next, List<RelatedLinks.Section> related,
		List<CommentThread.Entry> comments, int commentCount, String jsonLd) {

}
