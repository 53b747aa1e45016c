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
import org.springframework.cache.support.NoOpCache;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import org.aicompare.revision.Revision;

/**
 * Public HTML pages as they were rendered, kept for the revision they were rendered
 * under, so that a page asked for again costs a copy of its bytes instead of a template
 * run. The key is the revision, the address with its query and the {@code Accept} header,
 * and the day, since a page's citation names the date it was read; a new revision empties
 * the cache. The cache is the Spring cache {@value #CACHE}, so
 * {@code spring.cache.type=none} switches it off with the others. The advisor's answers
 * to a mix of priorities (and its guide's steps) are as many as the mixes readers and
 * crawlers try, most asked for once: they are kept apart, in {@value #MIXES} with its own
 * bound, so that they can never push out the pages everyone reads, and only once asked
 * for a second time (a shared link, a crawler following the advisor's own links), so that
 * a crowd of one-off mixes costs only the memory of their render.
 */
class RenderedPageCache {

	/** The name of the cache. */
	static final String CACHE = "pages";

	/** The name of the cache of the advisor's answers to a mix. */
	static final String MIXES = "advisor-pages";

	/**
	 * The name of the cache that remembers which mixes were asked for: a mix is kept when
	 * it is asked for again, not the first time.
	 */
	static final String ASKED = "advisor-asked";

	/** How many mixes asked for once it remembers, the oldest forgotten first. */
	static final int MAX_ASKED = 20_000;

	/** The most memory the kept pages may take, counted by the length of their bodies. */
	static final DataSize MAX_SIZE = DataSize.ofMegabytes(16);

	/** The most memory the advisor's answers to a mix may take, likewise. */
	static final DataSize MAX_MIXES_SIZE = DataSize.ofMegabytes(4);

	private static final String ADVISOR = "/advisor";

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
		Cache cache = this.caches.getCache(cacheFor(request));
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
		Cache cache = this.caches.getCache(cacheFor(request));
		SimpleKey key = key(revision, day, request);
		if (cache != null && (!isMix(request) || askedBefore(key))) {
			cache.put(key, page);
		}
	}

	/**
	 * Whether a mix was asked for before, remembering that it is asked now. Most mixes
	 * are asked for once: keeping each would only fill the heap with pages nobody asks
	 * for again. A mix is remembered by its key's hash alone, a few bytes; two mixes with
	 * the same hash only keep a page one request early.
	 */
	private boolean askedBefore(SimpleKey key) {
		Cache asked = this.caches.getCache(ASKED);
		return asked == null || asked.putIfAbsent(key.hashCode(), Boolean.TRUE) != null;
	}

	/**
	 * Which cache keeps the page for a request: the advisor's with a query (a mix, a
	 * print view, a step of the guide) are kept apart.
	 * @param request the request
	 * @return the name of the cache
	 */
	static String cacheFor(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean advisor = path.equals(ADVISOR) || path.startsWith(ADVISOR + "/");
		return (advisor && request.getQueryString() != null) ? MIXES : CACHE;
	}

	/**
	 * Whether a request's page will be kept for the whole revision with the pages
	 * everyone reads: not an answer to a mix, and the caches not switched off.
	 * @param request the request
	 * @return {@code true} if its page is worth compressing at the highest levels
	 */
	boolean keepsForTheRevision(HttpServletRequest request) {
		Cache cache = this.caches.getCache(CACHE);
		return !isMix(request) && cache != null && !(cache instanceof NoOpCache);
	}

	/**
	 * Whether a request's page is kept with the advisor's answers to a mix.
	 * @param request the request
	 * @return {@code true} if it is most likely asked for once
	 */
	static boolean isMix(HttpServletRequest request) {
		return MIXES.equals(cacheFor(request));
	}

	private static SimpleKey key(Revision revision, String day, HttpServletRequest request) {
		return new SimpleKey(revision.number(), day, request.getRequestURI(), request.getQueryString(),
				Objects.toString(request.getHeader(HttpHeaders.ACCEPT), ""));
	}

	/**
	 * A rendered page, with its compressed forms made once, when it is kept: a browser's
	 * request for it then costs a copy of bytes, never a compression. A page kept for the
	 * whole revision is compressed in both forms at the highest levels (gzip 9, Brotli
	 * 11); an answer to a mix, most likely asked for once, and a page rendered with the
	 * caches switched off, only in the form its client takes, at levels that cost less
	 * than its render (gzip 6, Brotli 5); should another client ask for a kept mix in
	 * another form, that form is made then and kept with it.
	 *
	 * @param contentType its media type with its charset
	 * @param contentLanguage its language, or {@code null}
	 * @param body its bytes
	 * @param gzipped its bytes compressed with gzip, or {@code null} where not made
	 * @param brotli its bytes compressed with Brotli, or {@code null} where not made or
	 * Brotli is not available
	 */
	record RenderedPage(String contentType, String contentLanguage, byte[] body, byte[] gzipped, byte[] brotli) {

		private static final int QUICK_GZIP = 6;

		/**
		 * A page as rendered, compressed once in both forms at the highest levels.
		 * @param contentType its media type with its charset
		 * @param contentLanguage its language, or {@code null}
		 * @param body its bytes
		 * @return the page with its compressed forms
		 */
		static RenderedPage of(String contentType, String contentLanguage, byte[] body) {
			return new RenderedPage(contentType, contentLanguage, body, gzip(body, Deflater.BEST_COMPRESSION),
					Brotli.compress(body, Brotli.BEST));
		}

		/**
		 * A page as rendered for one client, compressed at the quicker levels in the form
		 * that client takes alone.
		 * @param contentType its media type with its charset
		 * @param contentLanguage its language, or {@code null}
		 * @param body its bytes
		 * @param wanted the form chosen for the client
		 * @return the page with that compressed form, if any
		 */
		static RenderedPage of(String contentType, String contentLanguage, byte[] body, ContentCoding wanted) {
			ContentCoding coding = (wanted == ContentCoding.BR && !Brotli.available()) ? ContentCoding.GZIP : wanted;
			return new RenderedPage(contentType, contentLanguage, body,
					(coding == ContentCoding.GZIP) ? gzip(body, QUICK_GZIP) : null,
					(coding == ContentCoding.BR) ? Brotli.compress(body, Brotli.QUICK) : null);
		}

		/**
		 * The form the page can be sent in for one a client wants.
		 * @param wanted the form chosen for the client
		 * @return it, or gzip for Brotli where Brotli is not available
		 */
		ContentCoding form(ContentCoding wanted) {
			return (wanted == ContentCoding.BR && !Brotli.available()) ? ContentCoding.GZIP : wanted;
		}

		/**
		 * Whether the page has a form made already.
		 * @param coding a form, as {@link #form} gives it
		 * @return {@code true} if its bytes are kept with the page
		 */
		boolean has(ContentCoding coding) {
			return switch (coding) {
				case BR -> this.brotli != null;
				case GZIP -> this.gzipped != null;
				case IDENTITY -> true;
			};
		}

		/**
		 * The page with one more form, compressed at the quicker levels: for a kept mix
		 * that a client asks for in a form it was not kept in.
		 * @param coding the form, as {@link #form} gives it
		 * @return the page with that form made
		 */
		RenderedPage with(ContentCoding coding) {
			return switch (coding) {
				case BR -> new RenderedPage(this.contentType, this.contentLanguage, this.body, this.gzipped,
						in(ContentCoding.BR));
				case GZIP -> new RenderedPage(this.contentType, this.contentLanguage, this.body, in(ContentCoding.GZIP),
						this.brotli);
				case IDENTITY -> this;
			};
		}

		/**
		 * The bytes of a form: as made when the page was kept, or, for a form not made
		 * then, compressed now at the quicker levels.
		 * @param coding a form the page has, as {@link #form} gives it
		 * @return the bytes
		 */
		byte[] in(ContentCoding coding) {
			return switch (coding) {
				case BR -> (this.brotli != null) ? this.brotli : Brotli.compress(this.body, Brotli.QUICK);
				case GZIP -> (this.gzipped != null) ? this.gzipped : gzip(this.body, QUICK_GZIP);
				case IDENTITY -> this.body;
			};
		}

		/**
		 * What the page takes in memory, for the cache's bound.
		 * @return the length of all its forms
		 */
		int weight() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0)
					+ ((this.brotli != null) ? this.brotli.length : 0);
		}

		private static byte[] gzip(byte[] body, int level) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
				{
					this.def.setLevel(level);
				}
			}) {
				out.write(body);
			}
			catch (IOException ex) {
				// Only a failing stream throws, and this one writes to memory.
				throw new UncheckedIOException(ex);
			}
			return gzipped.toByteArray();
		}

	}

}
