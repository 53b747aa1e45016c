package org.aicompare.system;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.about.AboutPageAssembler;
import org.aicompare.about.CorrectionSummary;
import org.aicompare.article.Article;
import org.aicompare.article.ArticleRepository;
import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.content.ContentChange;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.project.Organisation;
import org.aicompare.edition.EditionView;
import org.aicompare.edition.Editions;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.web.SiteProperties;

/**
 * The Atom feed of what is new on the site: the content change log, every edition, the
 * corrections made and the latest comments readers posted, newest first. The source's own
 * comment thread, seeded with the content, is not news and is left out.
 */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** How many published comments the feed carries. */
	static final int COMMENTS = 20;

	private final ContentChangeRepository changes;

	private final CommentRepository comments;

	private final ArticleRepository articles;

	private final OrganisationRepository organisations;

	private final MessageSource messages;

	private final SiteProperties site;

	private final AboutPageAssembler corrections;

	private final Editions editions;

	FeedController(ContentChangeRepository changes, CommentRepository comments, ArticleRepository articles,
			OrganisationRepository organisations, MessageSource messages, SiteProperties site,
			AboutPageAssembler corrections, Editions editions) {
		this.editions = editions;
		this.corrections = corrections;
		this.changes = changes;
		this.comments = comments;
		this.articles = articles;
		this.organisations = organisations;
		this.messages = messages;
		this.site = site;
	}

	// Feed readers often ask for plain XML; the answer is Atom whichever they named.
	@GetMapping(path = "/feed.atom",
			produces = { "application/atom+xml", MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	ResponseEntity<String> feed() throws FeedException {
		String base = this.site.baseUrl();
		List<Entry> entries = new ArrayList<>();
		List<ContentChange> log = this.changes.findAllByOrderByChangedOnDescIdDesc();
		for (int i = 0; i < log.size(); i++) {
			ContentChange change = log.get(i);
			// The log is re-imported with the content, so an entry's id rests on its date
			// and
			// its place in the log, never on a database id.
			String day = change.getChangedOn().toString();
			entries.add(entry(tag(day, "change-" + (log.size() - i)), message("feed.change.title", day),
					Date.from(change.getChangedOn().atStartOfDay(ZoneOffset.UTC).toInstant()),
					base + "/methodology#updates", change.getSummary()));
		}
		for (EditionView edition : this.editions.all()) {
			String day = edition.publishedOn().toString();
			String summary = edition.summary().isEmpty() ? message("changes.noSummary") : edition.summary();
			entries.add(entry(tag(day, "edition-" + edition.number()), message("feed.edition.title", edition.number()),
					Date.from(edition.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant()),
					base + "/changes#edition-" + edition.number(),
					edition.first() ? message("feed.edition.first", summary)
							: message("feed.edition.summary", summary, edition.changes().size())));
		}
		for (CorrectionSummary correction : this.corrections.corrections()) {
			String day = correction.correctedOn().toString();
			entries.add(entry(tag(day, "correction-" + correction.code()),
					message("feed.correction.title", correction.subject()),
					Date.from(correction.correctedOn().atStartOfDay(ZoneOffset.UTC).toInstant()),
					base + correction.anchor(),
					message("feed.correction.summary", correction.was(), correction.nowReads())));
		}
		// The comments seeded from the source's own thread are old text, not news: only
		// comments readers posted here are entries.
		List<Comment> published = this.comments
			.findTop20ByStatusAndSourcePassageIsNullOrderByCreatedAtDescIdDesc(CommentStatus.PUBLISHED);
		Map<String, String> articleTitles = this.articles.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Article::getSlug, Article::getTitle));
		Map<String, String> organisationNames = this.organisations.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Organisation::getSlug, Organisation::getName));
		for (Comment comment : published) {
			boolean onArticle = comment.getTarget() == CommentTarget.ARTICLE;
			String page = (onArticle ? articleTitles : organisationNames).getOrDefault(comment.getTargetSlug(),
					comment.getTargetSlug());
			String path = (onArticle ? "/articles/" : "/projects/") + comment.getTargetSlug();
			entries.add(entry(
					tag(comment.getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
							"comment-" + comment.getId()),
					message("feed.comment.title", comment.getAuthorName(), page), Date.from(comment.getCreatedAt()),
					base + path + "#comment-" + comment.getId(), comment.getText()));
		}
		entries.sort(Comparator.comparing(Entry::getUpdated).reversed());
		Feed feed = new Feed("atom_1.0");
		feed.setId(base + "/feed.atom");
		feed.setTitle(message("feed.title"));
		feed.setSubtitle(text(message("feed.subtitle")));
		feed.setUpdated(entries.isEmpty() ? Date.from(Instant.EPOCH) : entries.get(0).getUpdated());
		feed.setAlternateLinks(List.of(link("alternate", base + "/", "text/html")));
		feed.setOtherLinks(List.of(link("self", base + "/feed.atom", "application/atom+xml")));
		Person publisher = new Person();
		publisher.setName(message("site.name"));
		publisher.setUri(base + "/");
		feed.setAuthors(List.<SyndPerson>of(publisher));
		feed.setEntries(entries);
		return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
	}

	private static Entry entry(String id, String title, Date updated, String href, String summary) {
		Entry entry = new Entry();
		entry.setId(id);
		entry.setTitleEx(text(title));
		entry.setUpdated(updated);
		entry.setAlternateLinks(List.of(link("alternate", href, "text/html")));
		entry.setSummary(text(summary));
		return entry;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	/**
	 * A tag URI (RFC 4151): permanent, and valid whether or not the site keeps its
	 * address.
	 */
	private String tag(String date, String specific) {
		String host = URI.create(this.site.baseUrl()).getHost();
		return "tag:" + host + "," + date + ":" + specific;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
