package org.aicompare.article;

import java.util.Arrays;
import java.util.List;

/**
 * How the list of articles groups them for a reader: the introduction, what each model
 * is, the pros and cons, the examples and guidance, and the verdict.
 */
public enum ArticleGroup {

	/** The opening of the source. */
	INTRODUCTION(ArticleKind.INTRODUCTION),

	/** What each model is and how they differ. */
	MODELS(ArticleKind.MODEL),

	/** The advantages and challenges of each model. */
	PROS_AND_CONS(ArticleKind.ADVANTAGES, ArticleKind.CHALLENGES),

	/** The organisations the source names, and its advice. */
	EXAMPLES_AND_GUIDANCE(ArticleKind.EXAMPLES, ArticleKind.GUIDANCE),

	/** The closing verdict and conclusion. */
	VERDICT(ArticleKind.VERDICT);

	private final List<ArticleKind> kinds;

	ArticleGroup(ArticleKind... kinds) {
		this.kinds = List.of(kinds);
	}

	/**
	 * The group an article of a kind belongs to.
	 * @param kind the article's kind
	 * @return its group
	 */
	public static ArticleGroup of(ArticleKind kind) {
		return Arrays.stream(values())
			.filter((group) -> group.kinds.contains(kind))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No group for " + kind));
	}

}
