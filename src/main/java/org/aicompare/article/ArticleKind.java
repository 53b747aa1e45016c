package org.aicompare.article;

/**
 * What part of the source an article is.
 */
public enum ArticleKind {

	/** The opening of the source, which carries its comment thread. */
	INTRODUCTION,

	/** What one model is. */
	MODEL,

	/** The advantages of one model. */
	ADVANTAGES,

	/** The challenges of one model. */
	CHALLENGES,

	/** Real-world examples of both models. */
	EXAMPLES,

	/** Which model suits a business, and where the debate is going. */
	GUIDANCE,

	/** The source's closing verdict and conclusion. */
	VERDICT

}
