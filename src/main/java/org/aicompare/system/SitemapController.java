package org.aicompare.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.hybrid.HybridCatalogue;
import org.aicompare.article.ArticleRepository;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.web.SiteProperties;

/**
 * Tells search engines where the pages are: a sitemap of every public page, and a
 * robots.txt that keeps them out of moderation and points to the sitemap.
 */
@RestController
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** Pages that exist whatever the content, in the order of the navigation. */
	static final List<String> FIXED_PAGES = List.of("/", "/compare", "/advisor", "/advisor/guide", "/projects",
			"/articles", "/sources", "/methodology", "/search", "/about", "/spectrum", "/challenges", "/changes");

	private final DeploymentModelRepository models;

	private final OrganisationRepository organisations;

	private final ArticleRepository articles;

	private final ContentVersionRepository versions;

	private final SiteProperties site;

	private final HybridCatalogue patterns;

	SitemapController(DeploymentModelRepository models, OrganisationRepository organisations,
			ArticleRepository articles, ContentVersionRepository versions, SiteProperties site,
			HybridCatalogue patterns) {
		this.patterns = patterns;
		this.models = models;
		this.organisations = organisations;
		this.articles = articles;
		this.versions = versions;
		this.site = site;
	}

	@GetMapping(path = "/sitemap.xml", produces = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	ResponseEntity<byte[]> sitemap() throws XMLStreamException {
		List<String> paths = new ArrayList<>(FIXED_PAGES);
		this.models.findAllByOrderByPosition().forEach((model) -> paths.add("/models/" + model.getSlug()));
		this.organisations.findAllByOrderByPosition()
			.forEach((organisation) -> paths.add("/projects/" + organisation.getSlug()));
		this.articles.findAllByOrderByPosition().forEach((article) -> paths.add("/articles/" + article.getSlug()));
		paths.add("/hybrid");
		this.patterns.catalogue().patterns().forEach((pattern) -> paths.add(pattern.path()));
		String lastModified = isoDate(this.versions.current().getVersion());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, "urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String path : paths) {
			xml.writeStartElement(NAMESPACE, "url");
			element(xml, "loc", this.site.baseUrl() + path);
			if (lastModified != null) {
				element(xml, "lastmod", lastModified);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(out.toByteArray());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String robots = String.join("\n", "User-agent: *", "Disallow: /admin", "",
				"Sitemap: " + this.site.baseUrl() + "/sitemap.xml", "");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(robots);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/**
	 * The content version as a W3C date, which is all a sitemap accepts; a version that
	 * is not a date gives no date at all.
	 */
	private static String isoDate(String version) {
		if (version == null) {
			return null;
		}
		try {
			return LocalDate.parse(version).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
