package org.aicompare.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.aicompare.revision.Revision;
import org.aicompare.revision.SiteRevision;
import org.aicompare.system.RenderedPageCache.RenderedPage;

/**
 * Answers a repeated request for a public page with {@code 304 Not Modified} while the
 * site revision is the same, before any controller, query or template runs. Other
 * requests go through, and a page that comes out {@code 200} gets the revision, marked
 * with the build's time (so a new release with new templates is never answered with 304),
 * as its weak {@code ETag} and {@code Last-Modified}, with a {@code Cache-Control} that
 * lets shared caches keep it and ask again cheaply; error pages get neither. A kept page
 * is sent in the compressed form made when it was kept that the client prefers (Brotli or
 * gzip, see {@link ContentCoding}), with {@code Vary: Accept-Encoding}; its {@code ETag}
 * names the form the client's {@code Accept-Encoding} selects, so a shared cache never
 * takes one form for another. Comment forms and challenge forms carry a token made for
 * one reader and are never stored. Moderation, the JSON API (which has its own ETags),
 * the API documentation and static files are left alone.
 */
class ConditionalPageFilter extends OncePerRequestFilter {

	private static final List<String> LEFT_ALONE = List.of("/admin", "/api/", "/v3/", "/swagger-ui", "/error", "/css/",
			"/js/", "/images/", "/favicon");

	private static final String COMMENT_FORM = "/comments/new";

	private static final String CHALLENGE_FORM = "/challenges/new";

	private final SiteRevision revision;

	private final RenderedPageCache pages;

	private final CacheControl pageCacheControl;

	private final String release;

	private final Instant releasedAt;

	private final Clock clock;

	ConditionalPageFilter(SiteRevision revision, RenderedPageCache pages, PageCacheProperties properties,
			ObjectProvider<BuildProperties> build, Clock clock) {
		this.revision = revision;
		this.clock = clock;
		this.pages = pages;
		BuildProperties info = build.getIfAvailable();
		this.releasedAt = (info != null && info.getTime() != null) ? info.getTime() : Instant.EPOCH;
		this.release = (info != null && info.getTime() != null) ? Long.toString(this.releasedAt.getEpochSecond(), 36)
				: "dev";
		this.pageCacheControl = properties.maxAge().isZero() ? CacheControl.noCache().cachePublic()
				: CacheControl.maxAge(properties.maxAge()).cachePublic().mustRevalidate();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return LEFT_ALONE.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		if (uri.endsWith(COMMENT_FORM) || uri.endsWith(CHALLENGE_FORM)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			chain.doFilter(request, response);
			return;
		}
		Revision current = this.revision.current();
		// A page names the date it was read in its citation: a page of another day is
		// another page.
		String day = LocalDate.now(this.clock).toString();
		ContentCoding coding = ContentCoding.choose(request.getHeader(HttpHeaders.ACCEPT_ENCODING), Brotli.available());
		String etag = current.etag(tag(day) + coding.tagSuffix());
		// Without a response, the check only compares; headers are written below, and
		// only on pages that come out well.
		if (new ServletWebRequest(request).checkNotModified(etag, lastModified(current, day))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			writeValidators(response, etag, current, day);
			return;
		}
		RenderedPage kept = this.pages.find(current, day, request);
		if (kept != null) {
			if (!kept.has(kept.form(coding))) {
				// A mix kept in another client's form: made once more, and kept too.
				kept = kept.with(kept.form(coding));
				this.pages.keep(current, day, request, kept);
			}
			writeValidators(response, etag, current, day);
			write(kept, coding, request, response);
			return;
		}
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		if (page.getStatus() == HttpServletResponse.SC_OK) {
			writeValidators(response, etag, current, day);
			if (HttpMethod.GET.matches(request.getMethod()) && isHtml(page.getContentType())) {
				String contentType = page.getContentType();
				String language = page.getHeader(HttpHeaders.CONTENT_LANGUAGE);
				RenderedPage rendered = this.pages.keepsForTheRevision(request)
						? RenderedPage.of(contentType, language, page.getContentAsByteArray())
						: RenderedPage.of(contentType, language, page.getContentAsByteArray(), coding);
				this.pages.keep(current, day, request, rendered);
				write(rendered, coding, request, response);
				return;
			}
		}
		page.copyBodyToResponse();
	}

	/**
	 * Whether a client takes gzip, as {@code Accept-Encoding} says: named, or as
	 * {@code *}, and not with {@code q=0}.
	 * @param acceptEncoding the header, or {@code null}
	 * @return {@code true} if the compressed form may be sent
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		return ContentCoding.choose(acceptEncoding, false) == ContentCoding.GZIP;
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && contentType.startsWith(MediaType.TEXT_HTML_VALUE);
	}

	private static void write(RenderedPage page, ContentCoding wanted, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		ContentCoding coding = page.form(wanted);
		if (coding.token() != null) {
			// The server's own compression leaves a response that names its encoding
			// alone.
			response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token());
		}
		byte[] body = page.in(coding);
		response.setContentLength(body.length);
		if (HttpMethod.GET.matches(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * When the page last changed: with the revision, the release, or at the start of the
	 * day, when its date accessed did.
	 */
	private long lastModified(Revision current, String day) {
		long startOfDay = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		return Math.max(current.lastModified(this.releasedAt), startOfDay);
	}

	private String tag(String day) {
		return this.release + "." + day.replace("-", "");
	}

	private void writeValidators(HttpServletResponse response, String etag, Revision current, String day) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified(current, day));
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.pageCacheControl.getHeaderValue());
	}

}
