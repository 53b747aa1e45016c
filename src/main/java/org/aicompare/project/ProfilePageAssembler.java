package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleSummary;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.source.Citations;
import org.aicompare.source.Passage;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceSummary;
import org.aicompare.web.JsonLd;
import org.aicompare.web.SiteProperties;

/**
 * Assembles an organisation's profile page as plain values, in three statements, and
 * keeps it for the site revision.
 */
@Service
class ProfilePageAssembler {

	private final OrganisationRepository organisations;

	private final CommentThread comments;

	private final ObjectMapper json;

	private final SiteProperties site;

	ProfilePageAssembler(OrganisationRepository organisations, CommentThread comments, ObjectMapper json,
			SiteProperties site) {
		this.organisations = organisations;
		this.comments = comments;
		this.json = json;
		this.site = site;
	}

	/**
	 * One organisation's profile, in three statements: the organisation with its model,
	 * products and facts; the passages, articles and references it cites; its comments.
	 * @param slug the organisation's slug
	 * @return the profile
	 * @throws ProjectNotFoundException for an unknown slug
	 */
	@Cacheable("project-profiles")
	@Transactional(readOnly = true)
	public ProfilePage profile(String slug) {
		Organisation organisation = this.organisations.findProfile(slug)
			.orElseThrow(() -> new ProjectNotFoundException(slug));
		OrganisationProfile profile = OrganisationProfile.of(organisation);
		List<String> codes = profile.referenceCodes();
		List<Passage> passages = new ArrayList<>();
		List<Article> articles = new ArrayList<>();
		List<Reference> references = new ArrayList<>();
		// An empty list makes no portable IN clause; no reference has an empty code.
		for (Object[] row : this.organisations.findSourceRows(organisation.getSays(),
				codes.isEmpty() ? List.of("") : codes)) {
			addOnce(passages, (Passage) row[0]);
			addOnce(articles, (Article) row[1]);
			addOnce(references, (Reference) row[2]);
		}
		articles.sort((one, other) -> Integer.compare(one.getPosition(), other.getPosition()));
		references.sort((one, other) -> Integer.compare(one.getPosition(), other.getPosition()));
		Citations citations = Citations.of(passages);
		return new ProfilePage(profile.organisation(), profile,
				SourceQuotes.inRuns(citations.all(organisation.getSays())),
				references.stream().map(Reference::toSummary).toList(),
				articles.stream().map(Article::toSummary).toList(), this.comments.of(CommentTarget.PROJECT, slug),
				jsonLd(organisation));
	}

	private static <T> void addOnce(List<T> list, T item) {
		if (item != null && !list.contains(item)) {
			list.add(item);
		}
	}

	/**
	 * The organisation as schema.org sees it. The site keeps no official links for it, so
	 * it claims no {@code sameAs}.
	 */
	private String jsonLd(Organisation organisation) {
		Map<String, Object> thing = JsonLd.thing("Organization");
		thing.put("name", organisation.getName());
		thing.put("url", this.site.baseUrl() + "/projects/" + organisation.getSlug());
		thing.put("description", organisation.getSummary());
		return JsonLd.script(this.json, thing);
	}

	/**
	 * Everything a profile shows, as plain values.
	 *
	 * @param organisation the organisation, with its model and products
	 * @param profile its facts by topic
	 * @param said what the source says of it, in runs of passages
	 * @param references the references its facts cite, in the source's order
	 * @param articles the articles that name it, in reading order
	 * @param comments its published comments, threaded
	 * @param jsonLd its schema.org description
	 */
	record ProfilePage(OrganisationSummary organisation, OrganisationProfile profile, List<SourceQuotes> said,
			List<ReferenceSummary> references, List<ArticleSummary> articles, List<CommentThread.Entry> comments,
			String jsonLd) {

	}

}
