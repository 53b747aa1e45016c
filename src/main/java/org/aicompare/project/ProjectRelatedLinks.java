package org.aicompare.project;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleRepository;
import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;

/**
 * Lists organisation profiles on the pages that concern them: on a model's page, the
 * organisations that stand for that model; on an article, the organisations the source
 * speaks of within it.
 *
 * @author aicompare
 */
@Component
class ProjectRelatedLinks implements RelatedLinks {

	static final String MODEL_HEADING = "related.organisations";

	static final String ARTICLE_HEADING = "related.organisations.named";

	private final OrganisationRepository organisations;

	private final ArticleRepository articles;

	ProjectRelatedLinks(OrganisationRepository organisations, ArticleRepository articles) {
		this.organisations = organisations;
		this.articles = articles;
	}

	@Override
	public Section relatedTo(PageKind kind, String slug) {
		return switch (kind) {
			case MODEL -> new Section(MODEL_HEADING, links(this.organisations.findByModelSlugOrderByPosition(slug)));
			case ARTICLE -> new Section(ARTICLE_HEADING,
					this.articles.findBySlug(slug)
						.map(this::namedIn)
						.map(ProjectRelatedLinks::links)
						.orElse(List.of()));
			default -> new Section(MODEL_HEADING, List.of());
		};
	}

	private List<Organisation> namedIn(Article article) {
		return this.organisations.findAllByOrderByPosition()
			.stream()
			.filter((organisation) -> organisation.getSays()
				.stream()
				.anyMatch((number) -> number >= article.getFirstPassage() && number <= article.getLastPassage()))
			.toList();
	}

	private static List<PageLink> links(List<Organisation> organisations) {
		return organisations.stream()
			.map((organisation) -> new PageLink(organisation.getName(), "/projects/" + organisation.getSlug()))
			.toList();
	}

}
