package org.aicompare.article;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiMeta;

/**
 * What the JSON API answers about the articles: records made for the API.
 */
final class ArticleApi {

	private ArticleApi() {
	}

	/**
	 * An article as the list shows it.
	 *
	 * @param slug its slug
	 * @param title its title
	 * @param titleAdded whether the site gave the title
	 * @param kind what kind of article it is
	 * @param model the slug of the model it is about, or {@code null}
	 * @param summary the site's one-line summary
	 * @param links its addresses
	 */
	@Schema(name = "ArticleSummary", description = "A section of the source published as an article.")
	record Summary(@Schema(description = "The article's slug.", example = "advantages-of-centralized-ai") String slug,
			@Schema(description = "The article's title.") String title,
			@Schema(description = "Whether the site gave the title because the source has none there.") boolean titleAdded,
			@Schema(description = "What kind of article it is.") ArticleKind kind,
			@Schema(description = "The slug of the deployment model it is about, if any.",
					nullable = true) String model,
			@Schema(description = "A one-line summary written by the site (added).") String summary,
			@Schema(description = "The article's API address and page.") ApiLinks links) {
	}

	/**
	 * An article with its sections and one page of its comments.
	 *
	 * @param slug its slug
	 * @param title its title
	 * @param titleAdded whether the site gave the title
	 * @param kind what kind of article it is
	 * @param model the slug of the model it is about, or {@code null}
	 * @param summary the site's summary
	 * @param sections its sections, in order
	 * @param comments one page of its published comments
	 * @param meta the licence and how to cite
	 * @param links its addresses
	 */
	@Schema(name = "Article",
			description = "An article with its sections, passage by passage, and a page of its comments.")
	record Full(@Schema(description = "The article's slug.") String slug,
			@Schema(description = "The article's title.") String title,
			@Schema(description = "Whether the site gave the title because the source has none there.") boolean titleAdded,
			@Schema(description = "What kind of article it is.") ArticleKind kind,
			@Schema(description = "The slug of the deployment model it is about, if any.",
					nullable = true) String model,
			@Schema(description = "A one-line summary written by the site (added).") String summary,
			@Schema(description = "The sections, in reading order.") List<Section> sections,
			@Schema(description = "One page of the article's published comments.") CommentedPage comments,
			@Schema(description = "The data's licence and how to cite it.") ApiMeta meta,
			@Schema(description = "The article's API address and page.") ApiLinks links) {
	}

	/**
	 * A section of an article.
	 *
	 * @param title its heading, or {@code null} for the lead
	 * @param level 2 for a section, 3 for a nested one
	 * @param passages its passages
	 */
	@Schema(name = "ArticleSection", description = "A section of an article: an optional heading and its passages.")
	record Section(
			@Schema(description = "The heading, or null for the lead before any heading.",
					nullable = true) String title,
			@Schema(description = "The heading level: 2 for a section, 3 for one nested under a group heading.") int level,
			@Schema(description = "The section's passages, quoted.") List<Quote> passages) {
	}

	/**
	 * A quoted passage.
	 *
	 * @param passage its number
	 * @param text its text
	 */
	@Schema(name = "ArticlePassage", description = "A passage of the source text, quoted.")
	record Quote(@Schema(
			description = "The passage number, shown on the site as \"¶ {number}\" (a passage, never a page); its anchor is /sources#p-{number}.") int passage,
			@Schema(description = "The passage's text as the site shows it.") String text) {
	}

	/**
	 * One page of comments.
	 *
	 * @param items the comments on this page, oldest first
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param totalElements how many published comments there are in all
	 */
	@Schema(name = "CommentedPage", description = "One page of published comments, oldest first.")
	record CommentedPage(@Schema(description = "The comments on this page.") List<CommentEntry> items,
			@Schema(description = "The page number, from 0.") int page,
			@Schema(description = "The page size.") int size,
			@Schema(description = "How many published comments there are in all.") long totalElements) {
	}

	/**
	 * A published comment.
	 *
	 * @param id its id, its anchor on the page
	 * @param authorName the name the commenter gave
	 * @param text its plain text
	 * @param authorReply whether the article's author wrote it
	 * @param fromSource whether it comes from the source article's thread
	 * @param postedAt when it was posted
	 */
	@Schema(name = "Comment", description = "A published comment.")
	record CommentEntry(@Schema(description = "The comment's id.") long id,
			@Schema(description = "The name the commenter gave.") String authorName,
			@Schema(description = "The comment's plain text.") String text,
			@Schema(description = "Whether the article's author wrote it.") boolean authorReply,
			@Schema(description = "Whether it comes from the source article's own thread.") boolean fromSource,
			@Schema(description = "When it was posted, ISO-8601.", example = "2025-03-01T10:15:30Z") Instant postedAt) {
	}

}
