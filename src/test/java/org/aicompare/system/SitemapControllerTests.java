package org.aicompare.system;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.hybrid.HybridCatalogue;
import org.aicompare.hybrid.PatternSummary;
import org.aicompare.article.Article;
import org.aicompare.article.ArticleKind;
import org.aicompare.article.ArticleRepository;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.content.ContentVersion;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SitemapController}.
 */
@Import(SecurityConfiguration.class)
@WebMvcTest(controllers = SitemapController.class, properties = "aicompare.site.base-url=https://aicompare.example")
class SitemapControllerTests {

	private static final String NS = SitemapController.NAMESPACE;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeploymentModelRepository models;

	@MockitoBean
	private OrganisationRepository organisations;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private ContentVersionRepository versions;

	@MockitoBean
	private HybridCatalogue patterns;

	private final ContentVersion version = mock(ContentVersion.class);

	@BeforeEach
	void content() {
		DeploymentModel centralized = new DeploymentModel("centralized", "Centralized AI", 0, "One company.",
				new DeploymentModel.Passages(List.of(5), List.of(14), List.of(7), List.of(190)));
		given(this.models.findAllByOrderByPosition()).willReturn(List.of(centralized));
		given(this.organisations.findAllByOrderByPosition())
			.willReturn(List.of(new Organisation("openai", "OpenAI", centralized, 0, "A lab.", List.of(7))));
		given(this.articles.findAllByOrderByPosition()).willReturn(List.of(new Article("key-differences",
				"Key Differences", false, ArticleKind.MODEL, null, 0, "The table.", 34, 43)));
		given(this.version.getVersion()).willReturn("2026-11-24");
		given(this.versions.current()).willReturn(this.version);
		given(this.patterns.catalogue())
			.willReturn(new HybridCatalogue.Catalogue(List.of(new PatternSummary("compute-to-data", "Compute-to-Data",
					"The algorithm travels.", "data ownership", List.of(207), "How.", List.of(), "What.", "Costs.",
					List.of(), List.of(), List.of(), List.of("DN-D1")))));
	}

	@Test
	void listsEveryPublicPageByItsAbsoluteAddressWithTheContentDate() throws Exception {
		var result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
		Document sitemap = XmlDocuments.parse(result.getResponse().getContentAsByteArray());
		Element urlset = sitemap.getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		List<Element> urls = XmlDocuments.children(urlset, NS, "url");
		assertThat(urls.stream().map((url) -> XmlDocuments.text(url, NS, "loc"))).containsExactly(
				"https://aicompare.example/", "https://aicompare.example/compare", "https://aicompare.example/advisor",
				"https://aicompare.example/advisor/guide", "https://aicompare.example/projects",
				"https://aicompare.example/articles", "https://aicompare.example/sources",
				"https://aicompare.example/methodology", "https://aicompare.example/search",
				"https://aicompare.example/about", "https://aicompare.example/spectrum",
				"https://aicompare.example/challenges", "https://aicompare.example/changes",
				"https://aicompare.example/models/centralized", "https://aicompare.example/projects/openai",
				"https://aicompare.example/articles/key-differences", "https://aicompare.example/hybrid",
				"https://aicompare.example/hybrid/compute-to-data");
		assertThat(urls).allSatisfy((url) -> assertThat(XmlDocuments.text(url, NS, "lastmod")).isEqualTo("2026-11-24"));
	}

	@Test
	void leavesTheDateOutWhenTheContentVersionIsNotADate() throws Exception {
		given(this.version.getVersion()).willReturn("draft");
		Document sitemap = XmlDocuments
			.parse(this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsByteArray());
		List<Element> urls = XmlDocuments.children(sitemap.getDocumentElement(), NS, "url");
		assertThat(urls).isNotEmpty()
			.allSatisfy((url) -> assertThat(XmlDocuments.children(url, NS, "lastmod")).isEmpty());
	}

	@Test
	void robotsMayReadEverythingButModerationAndAreToldWhereTheSitemapIs() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.bodyText()
			.contains("User-agent: *\n", "Disallow: /admin\n", "Sitemap: https://aicompare.example/sitemap.xml")
			.doesNotContain("Disallow: /\n");
	}

}
