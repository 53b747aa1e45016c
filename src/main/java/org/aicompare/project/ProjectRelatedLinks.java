package org.aicompare.project;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;
import org.aicompare.web.RelatedLinks;

/**
 * Lists organisation profiles on the pages that concern them: on a model's page, the
 * organisations that stand for that model; on an article, the organisations the source
 * speaks of within it.
 */
@Component
class ProjectRelatedLinks implements RelatedLinks {

	static final String MODEL_HEADING = "related.organisations";

	static final String ARTICLE_HEADING = "related.organisations.named";

	private final OrganisationRepository organisations;

	ProjectRelatedLinks(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	public Section relatedTo(PageKind kind, String slug) {
		return switch (kind) {
			case MODEL -> new Section(MODEL_HEADING, links(this.organisations.findByModelSlugOrderByPosition(slug)));
			case ARTICLE -> new Section(ARTICLE_HEADING, links(namedIn(slug)));
			default -> new Section(MODEL_HEADING, List.of());
		};
	}

	/** The organisations the source names within an article, read in one statement. */
	private List<Organisation> namedIn(String articleSlug) {
		return this.organisations.findWithArticleRun(articleSlug).stream().filter((row) -> {
			Organisation organisation = (Organisation) row[0];
			int first = (Integer) row[1];
			int last = (Integer) row[2];
			return organisation.getSays().stream().anyMatch((number) -> number >= first && number <= last);
		}).map((row) -> (Organisation) row[0]).toList();
	}

	private static List<PageLink> links(List<Organisation> organisations) {
		return organisations.stream()
			.map((organisation) -> new PageLink(organisation.getName(), "/projects/" + organisation.getSlug()))
			.toList();
	}

}
