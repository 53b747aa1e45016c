package org.aicompare.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.revision.SiteRevision;

/**
 * Moderators' decisions on comments: each changes the comment and writes its
 * {@link ModerationRecord} in one transaction, so the audit trail never misses a change,
 * and raises the site revision in it, so pages and caches show the change.
 */
@Service
public class CommentModeration {

	private final CommentRepository comments;

	private final ModerationRecordRepository records;

	private final SiteRevision revision;

	private final Clock clock;

	CommentModeration(CommentRepository comments, ModerationRecordRepository records, SiteRevision revision,
			Clock clock) {
		this.revision = revision;
		this.comments = comments;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Applies an action to a comment and records it.
	 * @param commentId the comment
	 * @param action what to do
	 * @param moderator who does it
	 * @return the record written
	 * @throws CommentNotFoundException if there is no such comment
	 */
	@Transactional
	public ModerationRecord moderate(long commentId, ModerationAction action, String moderator) {
		Comment comment = this.comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
		CommentStatus before = comment.getStatus();
		if (action == ModerationAction.DELETE) {
			// Replies cannot outlive the comment they answer.
			this.comments.deleteAll(this.comments.findByParent(comment));
			this.comments.delete(comment);
		}
		else {
			comment.moderate(action.result());
		}
		this.revision.raise();
		return this.records
			.save(new ModerationRecord(moderator, Instant.now(this.clock), action, commentId, before, action.result()));
	}

	/**
	 * Applies one action to several comments, all or none.
	 * @param commentIds the comments
	 * @param action what to do
	 * @param moderator who does it
	 * @return how many comments the action changed
	 * @throws CommentNotFoundException if one of the comments does not exist
	 */
	@Transactional
	public int moderateAll(List<Long> commentIds, ModerationAction action, String moderator) {
		// An empty "ids" field binds as null: it names no comment.
		Set<Long> ids = commentIds.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<Long> found = new HashSet<>();
		this.comments.findAllById(ids).forEach((comment) -> found.add(comment.getId()));
		ids.stream().filter((id) -> !found.contains(id)).findFirst().ifPresent((id) -> {
			throw new CommentNotFoundException(id);
		});
		int changed = 0;
		for (Long id : ids) {
			// Deleting a comment deletes its replies, which may be in the same batch.
			if (action != ModerationAction.DELETE || this.comments.existsById(id)) {
				moderate(id, action, moderator);
				changed++;
			}
		}
		return changed;
	}

	/**
	 * Publishes a reply by the site's author under a comment, and records it.
	 * @param commentId the comment answered
	 * @param authorName the name the reply is signed with
	 * @param text the reply, plain text
	 * @param moderator who writes it
	 * @return the reply
	 * @throws CommentNotFoundException if there is no such comment
	 */
	@Transactional
	public Comment reply(long commentId, String authorName, String text, String moderator) {
		Comment comment = this.comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
		// Threads are one level deep: a reply to a reply joins its parent's thread.
		Comment parent = (comment.getParent() != null) ? comment.getParent() : comment;
		Instant now = Instant.now(this.clock);
		Comment reply = this.comments.save(new Comment(parent.getTarget(), parent.getTargetSlug(), parent, authorName,
				null, CommentText.normalise(text), CommentStatus.PUBLISHED, true, null, now));
		this.records.save(new ModerationRecord(moderator, now, ModerationAction.REPLY, reply.getId(), null,
				CommentStatus.PUBLISHED));
		this.revision.raise();
		return reply;
	}

}
