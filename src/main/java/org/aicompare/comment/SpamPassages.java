package org.aicompare.comment;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.source.WithheldPassages;

/**
 * The comments of the source's thread that are spam are withheld on the sources page as
 * they are on the article: the page says the passage is there and why it is not shown (an
 * unfilled template, or spam for another reason), never its text as a reader's comment.
 */
@Component
class SpamPassages implements WithheldPassages {

	/** The reason for a comment that still holds a template's placeholder. */
	static final String TEMPLATE = "sources.withheld.template";

	/** The reason for any other spam. */
	static final String SPAM = "sources.withheld.spam";

	private final CommentRepository comments;

	SpamPassages(CommentRepository comments) {
		this.comments = comments;
	}

	@Override
	public List<Withheld> withheld() {
		return this.comments.findBySourcePassageIsNotNullAndStatus(CommentStatus.SPAM)
			.stream()
			.map((comment) -> new Withheld(comment.getSourcePassage(),
					UnfilledTemplateRule.unfilled(CommentText.normalise(comment.getText())) ? TEMPLATE : SPAM))
			.toList();
	}

}
