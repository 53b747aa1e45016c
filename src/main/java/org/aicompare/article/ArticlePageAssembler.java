package org.aicompare.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.source.Citations;
import org.aicompare.source.Passage;
import org.aicompare.web.JsonLd;
import org.aicompare.web.PageKind;
import org.aicompare.web.RelatedLinks;
import org.aicompare.web.SiteProperties;

/**
 * Assembles an article's page as plain values, in three statements (the article with its
 * passages, its comments, and what other features link from it), and keeps it for the
 * site revision.
 */
@Service
class ArticlePageAssembler {

	private final ArticleRepository articles;

	private final CommentThread comments;

	private final List<RelatedLinks> related;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final SiteProperties site;

	ArticlePageAssembler(ArticleRepository articles, CommentThread comments, List<RelatedLinks> related,
			ObjectMapper json, MessageSource messages, SiteProperties site) {
		this.articles = articles;
		this.comments = comments;
		this.related = related;
		this.json = json;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * One article's page.
	 * @param slug the article's slug
	 * @return the page
	 * @throws ArticleNotFoundException for an unknown slug
	 */
	@Cacheable("article-pages")
	@Transactional(readOnly = true)
	public ArticlePage page(String slug) {
		Map<Integer, Article> byPosition = new LinkedHashMap<>();
		Article article = null;
		DeploymentModel about = null;
		List<Passage> passages = new ArrayList<>();
		for (Object[] row : this.articles.findPageRows(slug)) {
			Article each = (Article) row[0];
			byPosition.putIfAbsent(each.getPosition(), each);
			if (each.getSlug().equals(slug)) {
				article = each;
				about = (DeploymentModel) row[1];
				if (row[2] != null && !passages.contains(row[2])) {
					passages.add((Passage) row[2]);
				}
			}
		}
		if (article == null) {
			throw new ArticleNotFoundException(slug);
		}
		// A list the source left empty is completed with the examples of the article's
		// model.
		List<Integer> completion = (about != null) ? about.getExamples() : List.of();
		Citations citations = Citations.of(passages);
		List<CommentThread.Entry> thread = this.comments.of(CommentTarget.ARTICLE, slug);
		int commentCount = thread.size() + thread.stream().mapToInt((entry) -> entry.replies().size()).sum();
		return new ArticlePage(article.toSummary(), ArticleGroup.of(article.getKind()),
				(about != null) ? about.toSummary() : null,
				article.isTitleAdded() ? null : citations.get(article.getFirstPassage()),
				ArticleBody.of(article, citations, completion), summary(byPosition.get(article.getPosition() - 1)),
				summary(byPosition.get(article.getPosition() + 1)),
				RelatedLinks.collect(this.related, PageKind.ARTICLE, slug), thread, commentCount, jsonLd(article));
	}

	private static ArticleSummary summary(Article article) {
		return (article != null) ? article.toSummary() : null;
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
		// In a fixed order, so that every instance writes the same bytes for the page.
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("@type", "CreativeWork");
		source.put("name", this.messages.getMessage("jsonld.source", null, Locale.ENGLISH));
		source.put("url", this.site.baseUrl() + "/sources");
		thing.put("isPartOf", source);
		thing.put("publisher",
				JsonLd.publisher(this.messages.getMessage("site.name", null, Locale.ENGLISH), this.site));
		return JsonLd.script(this.json, thing);
	}

}
