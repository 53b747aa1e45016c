package org.aicompare.comment;

import java.util.Arrays;
import java.util.List;

/**
 * What a moderator can do to a comment, with the state each action leaves it in.
 */
public enum ModerationAction {

	/** Show the comment on its page. */
	APPROVE("approve", CommentStatus.PUBLISHED),

	/** Turn the comment down; it is kept but never shown. */
	REJECT("reject", CommentStatus.REJECTED),

	/** Mark the comment as spam. */
	SPAM("spam", CommentStatus.SPAM),

	/** Take a comment out of the spam queue and back to the moderators. */
	NOT_SPAM("not-spam", CommentStatus.PENDING),

	/** Remove the comment, and any replies to it, for good. */
	DELETE("delete", null),

	/** Publish a reply by the site's author under the comment; recorded for the reply. */
	REPLY("reply", CommentStatus.PUBLISHED);

	private final String slug;

	private final CommentStatus result;

	ModerationAction(String slug, CommentStatus result) {
		this.slug = slug;
		this.result = result;
	}

	/**
	 * The action's name in addresses.
	 * @return such as {@code not-spam}
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * The state the comment is left in.
	 * @return the new state, or {@code null} when the comment is deleted
	 */
	public CommentStatus result() {
		return this.result;
	}

	/**
	 * The names the actions go by in addresses.
	 * @return every action's slug
	 */
	public static List<String> slugs() {
		return onComments().stream().map(ModerationAction::slug).toList();
	}

	/**
	 * The actions that change an existing comment's state.
	 * @return every action but {@link #REPLY}
	 */
	public static List<ModerationAction> onComments() {
		return Arrays.stream(values()).filter((action) -> action != REPLY).toList();
	}

}
