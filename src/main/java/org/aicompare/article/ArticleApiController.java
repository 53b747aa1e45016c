package org.aicompare.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;
import org.aicompare.web.InvalidParameterException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The articles as JSON: the list, and each article with its sections passage by passage
 * and its published comments a page at a time.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles", description = "The sections of the source published as articles, with their comments.")
class ArticleApiController {

	/** The largest page of comments a client may ask for. */
	static final int MAX_SIZE = 100;

	private final ArticleRepository articles;

	private final PassageRepository passages;

	private final CommentRepository comments;

	private final ApiTerms terms;

	ArticleApiController(ArticleRepository articles, PassageRepository passages, CommentRepository comments,
			ApiTerms terms) {
		this.articles = articles;
		this.passages = passages;
		this.comments = comments;
		this.terms = terms;
	}

	@GetMapping("/articles")
	@Operation(summary = "List the articles", description = "Every article in reading order.")
	ApiList<ArticleApi.Summary> articles() {
		return this.terms.list(this.articles.findAllByOrderByPosition()
			.stream()
			.map((article) -> new ArticleApi.Summary(article.getSlug(), article.getTitle(), article.isTitleAdded(),
					article.getKind(), article.getModelSlug(), article.getSummary(), links(article.getSlug())))
			.toList(), "/articles", "/articles");
	}

	@GetMapping("/articles/{slug}")
	@Operation(summary = "One article",
			description = "The article's sections with the text of each passage, and one page of its published comments, oldest first.")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "400", description = "The page or size is not valid",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "No article has this slug",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ArticleApi.Full article(@Parameter(description = "The article's slug.") @PathVariable String slug,
			@Parameter(description = "The page of comments, from 0.") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Comments per page, from 1 to 100.") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", String.valueOf(page), List.of("0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size), List.of("1 to " + MAX_SIZE));
		}
		Article article = this.articles.findWithSections(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		List<Integer> numbers = new ArrayList<>();
		article.getSections().forEach((section) -> numbers.addAll(section.getBody()));
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(numbers));
		List<ArticleApi.Section> sections = article.getSections()
			.stream()
			.map((section) -> new ArticleApi.Section(section.getTitle(), section.getLevel(),
					citations.all(section.getBody())
						.stream()
						.map((passage) -> new ArticleApi.Quote(passage.number(), passage.text()))
						.toList()))
			.toList();
		Page<Comment> published = this.comments.findByTargetAndTargetSlugAndStatus(CommentTarget.ARTICLE, slug,
				CommentStatus.PUBLISHED, PageRequest.of(page, size, Sort.by("createdAt", "id")));
		ArticleApi.CommentedPage thread = new ArticleApi.CommentedPage(published.getContent()
			.stream()
			.map((comment) -> new ArticleApi.CommentEntry(comment.getId(), comment.getAuthorName(), comment.getText(),
					comment.isAuthorReply(), Objects.nonNull(comment.getSourcePassage()), comment.getCreatedAt()))
			.toList(), page, size, published.getTotalElements());
		return new ArticleApi.Full(article.getSlug(), article.getTitle(), article.isTitleAdded(), article.getKind(),
				article.getModelSlug(), article.getSummary(), sections, thread, this.terms.meta("/articles/" + slug),
				links(slug));
	}

	private static ApiLinks links(String slug) {
		return ApiLinks.of("/articles/" + slug, "/articles/" + slug);
	}

}
