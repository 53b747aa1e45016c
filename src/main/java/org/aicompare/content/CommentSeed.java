package org.aicompare.content;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import org.aicompare.article.ArticleRepository;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.content.ContentDocuments.Comments;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;

/**
 * Seeds the comment thread of the source on its article, once: comments belong to readers
 * and moderators after that, and no later import touches them.
 */
@Component
class CommentSeed {

	private final CommentRepository comments;

	private final ArticleRepository articles;

	private final Clock clock;

	CommentSeed(CommentRepository comments, ArticleRepository articles, Clock clock) {
		this.comments = comments;
		this.articles = articles;
		this.clock = clock;
	}

	void seedOnce(Content content, PassageIndex passages) {
		if (this.comments.existsBySourcePassageIsNotNull()) {
			return;
		}
		Comments thread = content.comments();
		if (this.articles.findWithSections(thread.article()).isEmpty()) {
			throw new IllegalStateException("comments.yml names unknown article " + thread.article());
		}
		Instant now = this.clock.instant();
		for (ContentDocuments.Comment doc : thread.comments()) {
			CommentStatus status = (doc.status() != null) ? doc.status() : CommentStatus.PUBLISHED;
			Comment comment = this.comments.save(new Comment(CommentTarget.ARTICLE, thread.article(), null,
					thread.reader(), null, text(passages, doc.passage()), status, false, doc.passage(), now));
			for (int reply : ContentDocuments.orEmpty(doc.replies())) {
				this.comments.save(new Comment(CommentTarget.ARTICLE, thread.article(), comment, thread.author(), null,
						text(passages, reply), status, true, reply, now));
			}
		}
	}

	private static String text(PassageIndex passages, int number) {
		Passage passage = passages.get(number, "comments.yml");
		if (passage.getKind() != PassageKind.COMMENT) {
			throw new IllegalStateException("comments.yml seeds passage " + number + ", which is not a comment");
		}
		return passage.getText();
	}

}
