package org.aicompare.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published comments of one page, threaded: top-level comments in the order they were
 * posted, each with its replies under it.
 */
@Service
public class CommentThread {

	private final CommentRepository comments;

	public CommentThread(CommentRepository comments) {
		this.comments = comments;
	}

	/**
	 * The published thread of a page.
	 * @param target the kind of page
	 * @param slug the page's slug
	 * @return the top-level comments with their replies
	 */
	@Transactional(readOnly = true)
	public List<Entry> of(CommentTarget target, String slug) {
		Map<Long, Entry> topLevel = new LinkedHashMap<>();
		List<Comment> replies = new ArrayList<>();
		for (Comment comment : this.comments.findByTargetAndTargetSlugAndStatusOrderByCreatedAtAscIdAsc(target, slug,
				CommentStatus.PUBLISHED)) {
			if (comment.getParent() == null) {
				topLevel.put(comment.getId(), Entry.of(comment));
			}
			else {
				replies.add(comment);
			}
		}
		for (Comment reply : replies) {
			Entry parent = topLevel.get(reply.getParent().getId());
			if (parent != null) {
				parent.replies().add(Entry.of(reply));
			}
		}
		return List.copyOf(topLevel.values());
	}

	/**
	 * A published comment as a page shows it.
	 *
	 * @param id the comment's id, its anchor on the page
	 * @param authorName the name the commenter gave
	 * @param text the text, plain; shown escaped with its line breaks
	 * @param authorReply whether the article's author wrote it
	 * @param fromSource whether it comes from the source article's thread
	 * @param postedAt when it was posted
	 * @param replies the replies under it
	 */
	public record Entry(long id, String authorName, String text, boolean authorReply, boolean fromSource,
			Instant postedAt, List<Entry> replies) {

		static Entry of(Comment comment) {
			return new Entry(comment.getId(), comment.getAuthorName(), comment.getText(), comment.isAuthorReply(),
					comment.getSourcePassage() != null, comment.getCreatedAt(), new ArrayList<>());
		}

	}

}
