package org.aicompare.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import org.aicompare.revision.Revision;

/**
 * Public HTML pages as they were rendered, kept for the revision they were rendered
 * under, so that a page asked for again costs a copy of its bytes instead of a template
 * run. The key is the revision, the address with its query and the {@code Accept} header,
 * and the day, since a page's citation names the date it was read; a new revision empties
 * the cache. The cache is the Spring cache {@value #CACHE}, so
 * {@code spring.cache.type=none} switches it off with the others.
 */
class RenderedPageCache {

	/** The name of the cache. */
	static final String CACHE = "pages";

	/** The most memory the kept pages may take, counted by the length of their bodies. */
	static final DataSize MAX_SIZE = DataSize.ofMegabytes(16);

	private final CacheManager caches;

	RenderedPageCache(CacheManager caches) {
		this.caches = caches;
	}

	/**
	 * The page kept for a request, if there is one.
	 * @param revision the current revision
	 * @param day the day it is asked for, as pages that cite themselves give the date
	 * accessed
	 * @param request the request
	 * @return the page, or {@code null}
	 */
	RenderedPage find(Revision revision, String day, HttpServletRequest request) {
		Cache cache = this.caches.getCache(CACHE);
		return (cache != null) ? cache.get(key(revision, day, request), RenderedPage.class) : null;
	}

	/**
	 * Keep a page rendered for a request.
	 * @param revision the revision it was rendered under
	 * @param day the day it was rendered on
	 * @param request the request
	 * @param page the page
	 */
	void keep(Revision revision, String day, HttpServletRequest request, RenderedPage page) {
		Cache cache = this.caches.getCache(CACHE);
		if (cache != null) {
			cache.put(key(revision, day, request), page);
		}
	}

	private static SimpleKey key(Revision revision, String day, HttpServletRequest request) {
		return new SimpleKey(revision.number(), day, request.getRequestURI(), request.getQueryString(),
				Objects.toString(request.getHeader(HttpHeaders.ACCEPT), ""));
	}

	/**
	 * A rendered page, with its gzip form made once, at the highest level, when it is
	 * kept: a browser's request for it then costs a copy of bytes, never a compression.
	 *
	 * @param contentType its media type with its charset
	 * @param contentLanguage its language, or {@code null}
	 * @param body its bytes
	 * @param gzipped its bytes compressed with gzip
	 */
	record RenderedPage(String contentType, String contentLanguage, byte[] body, byte[] gzipped) {

		/**
		 * A page as rendered, compressed once.
		 * @param contentType its media type with its charset
		 * @param contentLanguage its language, or {@code null}
		 * @param body its bytes
		 * @return the page with its gzip form
		 */
		static RenderedPage of(String contentType, String contentLanguage, byte[] body) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
				{
					this.def.setLevel(Deflater.BEST_COMPRESSION);
				}
			}) {
				out.write(body);
			}
			catch (IOException ex) {
				// Only a failing stream throws, and this one writes to memory.
				throw new UncheckedIOException(ex);
			}
			return new RenderedPage(contentType, contentLanguage, body, gzipped.toByteArray());
		}

		/**
		 * What the page takes in memory, for the cache's bound.
		 * @return the length of both forms
		 */
		int weight() {
			return this.body.length + this.gzipped.length;
		}

	}

}
