package org.aicompare.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.JsonLd;
import org.aicompare.web.PageKind;
import org.aicompare.web.RelatedLinks;
import org.aicompare.web.SiteProperties;

/**
 * The articles: the list of all of them in reading order, and each one with its sections,
 * cited passage by passage, its neighbours, related organisations and comments.
 *
 * @author aicompare
 */
@Controller
class ArticleController {

	static final String LIST_VIEW = "article/articles";

	static final String VIEW = "article/article";

	private final ArticleRepository articles;

	private final DeploymentModelRepository models;

	private final PassageRepository passages;

	private final CommentThread comments;

	private final List<RelatedLinks> related;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final SiteProperties site;

	ArticleController(ArticleRepository articles, DeploymentModelRepository models, PassageRepository passages,
			CommentThread comments, List<RelatedLinks> related, ObjectMapper json, MessageSource messages,
			SiteProperties site) {
		this.articles = articles;
		this.models = models;
		this.passages = passages;
		this.comments = comments;
		this.related = related;
		this.json = json;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping("/articles")
	String articles(Model model) {
		model.addAttribute("index", ArticleIndex.of(this.articles.findAllWithSections()));
		return LIST_VIEW;
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		Article article = this.articles.findWithSections(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		DeploymentModel about = (article.getModelSlug() != null)
				? this.models.findBySlug(article.getModelSlug()).orElse(null) : null;
		// A list the source left empty is completed with the examples of the article's
		// model.
		List<Integer> completion = (about != null) ? about.getExamples() : List.of();
		List<Integer> numbers = new ArrayList<>(
				IntStream.rangeClosed(article.getFirstPassage(), article.getLastPassage()).boxed().toList());
		numbers.addAll(completion);
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(numbers));
		List<Article> neighbours = this.articles.findByPositionBetweenOrderByPosition(article.getPosition() - 1,
				article.getPosition() + 1);
		model.addAttribute("article", article);
		model.addAttribute("group", ArticleGroup.of(article.getKind()));
		model.addAttribute("about", about);
		model.addAttribute("titlePassage", article.isTitleAdded() ? null : citations.get(article.getFirstPassage()));
		model.addAttribute("body", ArticleBody.of(article, citations, completion));
		model.addAttribute("previous", neighbour(neighbours, article.getPosition() - 1));
		model.addAttribute("next", neighbour(neighbours, article.getPosition() + 1));
		model.addAttribute("related", RelatedLinks.collect(this.related, PageKind.ARTICLE, slug));
		List<CommentThread.Entry> thread = this.comments.of(CommentTarget.ARTICLE, slug);
		model.addAttribute("comments", thread);
		model.addAttribute("commentCount",
				thread.size() + thread.stream().mapToInt((entry) -> entry.replies().size()).sum());
		model.addAttribute("jsonLd", jsonLd(article));
		return VIEW;
	}

	/**
	 * The article as schema.org sees it. The source gives no date or author, so neither
	 * is claimed.
	 */
	private String jsonLd(Article article) {
		Map<String, Object> thing = JsonLd.thing("Article");
		thing.put("headline", article.getTitle());
		thing.put("description", article.getSummary());
		thing.put("url", this.site.baseUrl() + "/articles/" + article.getSlug());
		thing.put("isPartOf",
				Map.of("@type", "CreativeWork", "name", this.messages.getMessage("jsonld.source", null, Locale.ENGLISH),
						"url", this.site.baseUrl() + "/sources"));
		thing.put("publisher",
				JsonLd.publisher(this.messages.getMessage("site.name", null, Locale.ENGLISH), this.site));
		return JsonLd.script(this.json, thing);
	}

	private static Article neighbour(List<Article> neighbours, int position) {
		return neighbours.stream().filter((each) -> each.getPosition() == position).findFirst().orElse(null);
	}

}
