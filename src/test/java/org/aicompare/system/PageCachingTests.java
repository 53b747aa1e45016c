package org.aicompare.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentModeration;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.ModerationAction;
import org.aicompare.content.ContentImporter;
import org.aicompare.revision.SiteRevision;
import org.aicompare.system.RenderedPageCache.RenderedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages answer a repeated request with {@code 304} and no query while nothing changed,
 * and change their {@code ETag} when content is imported, a comment is moderated, or
 * another instance raises the revision; error pages, comment forms and moderation are
 * never revalidated, and static files are kept for a year under hashed URLs.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class PageCachingTests {

	private static final String ARTICLE = "/articles/key-differences";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SiteRevision revision;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private BuildProperties build;

	private Statistics statistics;

	@BeforeEach
	void statistics(@Autowired EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void aBrowserGetsTheBrotliFormMadeOnceOthersGzipOrThePlainPageEachWithItsOwnEtag() throws Exception {
		String browser = "gzip, deflate, br, zstd";
		MvcTestResult first = this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, browser)
			.exchange();
		assertThat(first).hasStatusOk().hasHeader(HttpHeaders.CONTENT_ENCODING, "br");
		assertThat(first.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		byte[] brotli = first.getResponse().getContentAsByteArray();
		assertThat(first.getResponse().getContentLength()).isEqualTo(brotli.length);
		Brotli4jLoader.ensureAvailability();
		String page = new String(Decoder.decompress(brotli).getDecompressedData(), StandardCharsets.UTF_8);
		assertThat(page).contains("<h1>How the comparison is made</h1>");

		MvcTestResult again = this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, browser)
			.exchange();
		assertThat(again.getResponse().getContentAsByteArray()).as("the stored bytes, not a new compression")
			.isEqualTo(brotli);

		MvcTestResult gzip = this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, "br;q=0.5, gzip")
			.exchange();
		assertThat(gzip).hasStatusOk().hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		byte[] gzipped = gzip.getResponse().getContentAsByteArray();
		assertThat(gzip.getResponse().getContentLength()).isEqualTo(gzipped.length);
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(page);
		assertThat(brotli.length).as("Brotli is the smaller form").isLessThan(gzipped.length);

		MvcTestResult plain = this.mvc.get().uri("/methodology").exchange();
		assertThat(plain).hasStatusOk().doesNotContainHeader(HttpHeaders.CONTENT_ENCODING);
		assertThat(plain.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);

		String plainTag = plain.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(plainTag).isEqualTo(this.revision.current().etag(release())).startsWith("W/");
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(this.revision.current().etag(release() + "-br"));
		assertThat(gzip.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(this.revision.current().etag(release() + "-gzip"));
		// Each form revalidates with its own tag.
		assertThat(this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, browser)
			.header(HttpHeaders.IF_NONE_MATCH, again.getResponse().getHeader(HttpHeaders.ETAG)))
			.hasStatus(HttpStatus.NOT_MODIFIED)
			.hasHeader(HttpHeaders.ETAG, again.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.header(HttpHeaders.IF_NONE_MATCH, again.getResponse().getHeader(HttpHeaders.ETAG)))
			.as("a client that takes gzip only does not get a 304 for the Brotli form")
			.hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");

		MvcTestResult refused = this.mvc.get()
			.uri("/methodology")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, br;q=0, identity")
			.exchange();
		assertThat(refused).hasStatusOk().doesNotContainHeader(HttpHeaders.CONTENT_ENCODING);
	}

	@ParameterizedTest
	@CsvSource({ "'gzip, deflate, br', true", "gzip, true", "'br;q=1.0, gzip;q=0.8', true", "*, true",
			"'gzip;q=0', false", "'gzip; q=0.000', false", "'deflate, br', false", "identity, false", "'', false" })
	void tellsWhetherAClientTakesGzip(String header, boolean accepts) {
		assertThat(ConditionalPageFilter.acceptsGzip(header)).isEqualTo(accepts);
	}

	@Test
	void anAdvisorMixIsKeptApartFromThePagesEveryoneReads(@Autowired CacheManager caches) {
		String mix = "/advisor?priority=speed:2&priority=trust:3";
		assertThat(this.mvc.get().uri(mix).header(HttpHeaders.ACCEPT_ENCODING, "gzip, br")).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_ENCODING, "br");
		SimpleKey key = new SimpleKey(this.revision.current().number(),
				java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "/advisor",
				"priority=speed:2&priority=trust:3", "");
		assertThat(caches.getCache(RenderedPageCache.MIXES).get(key)).as("a mix asked for once").isNull();
		assertThat(this.mvc.get().uri(mix).header(HttpHeaders.ACCEPT_ENCODING, "gzip")).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		assertThat(caches.getCache(RenderedPageCache.MIXES).get(key)).as("a mix asked for again").isNotNull();
		assertThat(this.mvc.get().uri(mix).header(HttpHeaders.ACCEPT_ENCODING, "br")).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_ENCODING, "br");
		RenderedPage kept = (RenderedPage) caches.getCache(RenderedPageCache.MIXES).get(key).get();
		assertThat(kept.has(ContentCoding.GZIP)).as("the form it was kept in").isTrue();
		assertThat(kept.has(kept.form(ContentCoding.BR))).as("the form asked for since, kept too").isTrue();
		assertThat(caches.getCache(RenderedPageCache.CACHE).get(key)).isNull();
		this.statistics.clear();
		assertThat(this.mvc.get().uri(mix)).hasStatusOk().bodyText().contains("id=\"recommendation\"");
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aRepeatedRequestWithItsEtagIsNotModifiedAndRunsNoStatement() {
		String etag = etagOf("/compare");
		this.statistics.clear();
		MvcTestResult repeated = this.mvc.get().uri("/compare").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(repeated).hasStatus(HttpStatus.NOT_MODIFIED).hasHeader(HttpHeaders.ETAG, etag);
		assertThat(repeated.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aPageAskedForAgainIsServedAsRenderedWithItsHeaders(@Autowired CacheManager caches) {
		String page = "/compare?models=hybrid&priority=speed";
		MvcTestResult first = this.mvc.get().uri(page).header(HttpHeaders.ACCEPT, "text/html").exchange();
		assertThat(first).hasStatusOk();
		assertThat(caches.getCache(RenderedPageCache.CACHE)
			.get(new SimpleKey(this.revision.current().number(),
					java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "/compare",
					"models=hybrid&priority=speed", "text/html")))
			.as("kept after the first request")
			.isNotNull();
		this.statistics.clear();
		MvcTestResult again = this.mvc.get().uri(page).header(HttpHeaders.ACCEPT, "text/html").exchange();
		assertThat(again).hasStatusOk()
			.hasContentType("text/html;charset=UTF-8")
			.hasHeader(HttpHeaders.ETAG, first.getResponse().getHeader(HttpHeaders.ETAG))
			.hasHeader("Content-Security-Policy", first.getResponse().getHeader("Content-Security-Policy"));
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(this.statistics.getPrepareStatementCount()).isZero();
		MvcTestResult head = this.mvc
			.perform(MockMvcRequestBuilders.head(page).header(HttpHeaders.ACCEPT, "text/html"));
		assertThat(head).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void aRequestSinceTheLastChangeIsNotModified() {
		MvcTestResult first = this.mvc.get().uri("/projects").exchange();
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();
		assertThat(this.mvc.get().uri("/projects").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void pagesFeedsAndDownloadsMayBeKeptByAnyCacheThatAsksAgain() {
		for (String page : new String[] { "/", "/compare", "/articles", ARTICLE, "/projects/openai", "/compare.csv",
				"/feed.atom", "/sitemap.xml" }) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache, public")
				.hasHeader(HttpHeaders.ETAG, this.revision.current().etag(release()))
				.containsHeader(HttpHeaders.LAST_MODIFIED);
		}
	}

	@Test
	void errorPagesGetNoEtag() {
		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.doesNotContainHeader(HttpHeaders.ETAG)
			.doesNotContainHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(this.mvc.get().uri("/compare?models=nope")).hasStatus(HttpStatus.BAD_REQUEST)
			.doesNotContainHeader(HttpHeaders.ETAG);
	}

	@Test
	void aCommentFormIsNeverStored() {
		assertThat(this.mvc.get().uri(ARTICLE + "/comments/new")).hasStatusOk()
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.doesNotContainHeader(HttpHeaders.ETAG);
	}

	@Test
	void moderationPagesAreNeverStoredNorRevalidated() {
		MvcTestResult login = this.mvc.get().uri("/admin/login").exchange();
		assertThat(login).hasStatusOk().doesNotContainHeader(HttpHeaders.ETAG);
		assertThat(login.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void staticFilesHaveHashedUrlsAndAreKeptForAYear() throws Exception {
		String home = home();
		String stylesheet = hashedLink(home, "href=\"(/css/site-[0-9a-f]{32}\\.css)\"", "a hashed stylesheet link");
		String icon = hashedLink(home, "href=\"(/favicon-[0-9a-f]{32}\\.svg)\"", "a hashed icon link");
		for (String file : new String[] { stylesheet, icon }) {
			assertThat(this.mvc.get().uri(file)).as(file)
				.hasStatusOk()
				.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
		}
	}

	@Test
	void aStaticFileIsSentInTheFormTheClientPrefersEachWithItsOwnEtag() throws Exception {
		String css = hashedLink(home(), "href=\"(/css/site-[0-9a-f]{32}\\.css)\"", "a hashed stylesheet link");

		MvcTestResult plain = this.mvc.get().uri(css).exchange();
		assertThat(plain).hasStatusOk().doesNotContainHeader(HttpHeaders.CONTENT_ENCODING);
		assertThat(plain.getResponse().getContentType()).startsWith("text/css");
		byte[] file = plain.getResponse().getContentAsByteArray();
		assertThat(new String(file, StandardCharsets.UTF_8)).contains("font-family");

		MvcTestResult gzip = this.mvc.get().uri(css).header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange();
		assertThat(gzip).hasStatusOk().hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		byte[] gzipped = gzip.getResponse().getContentAsByteArray();
		assertThat(gzip.getResponse().getContentLength()).isEqualTo(gzipped.length);
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes()).isEqualTo(file);

		MvcTestResult brotli = this.mvc.get()
			.uri(css)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br, zstd")
			.exchange();
		assertThat(brotli).hasStatusOk().hasHeader(HttpHeaders.CONTENT_ENCODING, "br");
		Brotli4jLoader.ensureAvailability();
		assertThat(Decoder.decompress(brotli.getResponse().getContentAsByteArray()).getDecompressedData())
			.isEqualTo(file);
		assertThat(brotli.getResponse().getContentAsByteArray().length).as("Brotli is the smaller form")
			.isLessThan(gzipped.length);

		for (MvcTestResult form : new MvcTestResult[] { plain, gzip, brotli }) {
			assertThat(form).hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
			assertThat(form.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		}
		String hash = css.substring("/css/site-".length(), css.length() - ".css".length());
		assertThat(plain).hasHeader(HttpHeaders.ETAG, "W/\"" + hash + "\"");
		assertThat(gzip).hasHeader(HttpHeaders.ETAG, "W/\"" + hash + "-gzip\"");
		assertThat(brotli).hasHeader(HttpHeaders.ETAG, "W/\"" + hash + "-br\"");
	}

	private String home() throws Exception {
		return this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
	}

	private static String hashedLink(String page, String regex, String description) {
		Matcher link = Pattern.compile(regex).matcher(page);
		assertThat(link.find()).as(description).isTrue();
		return link.group(1);
	}

	@Test
	void approvingACommentChangesTheEtagAndShowsTheComment(@Autowired CommentRepository comments,
			@Autowired CommentModeration moderation) throws Exception {
		Comment pending = comments.save(new Comment(CommentTarget.ARTICLE, "key-differences", null, "Reader", null,
				"A comment the cache has not seen yet.", CommentStatus.PENDING, false, null, Instant.now()));
		String before = etagOf(ARTICLE);
		moderation.moderate(pending.getId(), ModerationAction.APPROVE, "moderator");
		MvcTestResult after = this.mvc.get().uri(ARTICLE).header(HttpHeaders.IF_NONE_MATCH, before).exchange();
		assertThat(after).hasStatusOk();
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(after.getResponse().getContentAsString()).contains("A comment the cache has not seen yet.");
	}

	@Test
	void aContentImportChangesTheEtag(@Autowired ContentImporter importer,
			@Autowired PlatformTransactionManager transactions) {
		String before = etagOf("/compare");
		// The same files again, as if they had changed.
		this.jdbc.update("update content_version set checksum = 'changed' where id = 1");
		Boolean imported = new TransactionTemplate(transactions).execute((status) -> importer.importIfChanged());
		assertThat(imported).isTrue();
		assertThat(this.mvc.get().uri("/compare").header(HttpHeaders.IF_NONE_MATCH, before)).hasStatusOk();
		assertThat(etagOf("/compare")).isNotEqualTo(before);
	}

	@Test
	void aChangeByAnotherInstanceIsServedAfterThePoll() {
		String before = etagOf("/compare");
		this.jdbc
			.update("update site_revision set revision = revision + 1, changed_at = current_timestamp where id = 1");
		assertThat(this.mvc.get().uri("/compare").header(HttpHeaders.IF_NONE_MATCH, before)).as("not yet polled")
			.hasStatus(HttpStatus.NOT_MODIFIED);
		this.revision.poll();
		this.statistics.clear();
		assertThat(this.mvc.get().uri("/compare").header(HttpHeaders.IF_NONE_MATCH, before)).hasStatusOk();
		assertThat(this.statistics.getPrepareStatementCount()).as("the cached matrix was dropped").isPositive();
		assertThat(etagOf("/compare")).isNotEqualTo(before);
	}

	private String etagOf(String page) {
		MvcTestResult result = this.mvc.get().uri(page).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getHeader(HttpHeaders.ETAG);
	}

	/** The build's mark: its time, from the build-info Maven writes. */
	/**
	 * The release and the day: a page's citation names the date it was read, so a page of
	 * another day is another page.
	 */
	private String release() {
		return Long.toString(this.build.getTime().getEpochSecond(), 36) + "."
				+ java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");
	}

}
