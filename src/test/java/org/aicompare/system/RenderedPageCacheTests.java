package org.aicompare.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.mock.web.MockHttpServletRequest;

import org.aicompare.revision.Revision;
import org.aicompare.system.RenderedPageCache.RenderedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RenderedPageCache}: the advisor's answers to one-off mixes are kept in
 * a cache of their own, with its own bound, so a crawler walking them never pushes out
 * the pages everyone reads.
 */
class RenderedPageCacheTests {

	private static final Revision REVISION = new Revision(7, Instant.EPOCH);

	private static final String DAY = "2026-12-02";

	@Test
	void oneOffMixesCannotEvictAHotPage() {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		new PageCachingConfiguration(null).renderedPagesCache().customize(manager);
		RenderedPageCache pages = new RenderedPageCache(manager);
		MockHttpServletRequest hot = request("/compare", null);
		pages.keep(REVISION, DAY, hot, page(40_000));
		MockHttpServletRequest hotMix = request("/advisor", "priority=speed:3&priority=trust");
		pages.keep(REVISION, DAY, hotMix, page(30_000));
		// Far more mixes than the whole of both caches holds, each asked for twice, so
		// that each is kept.
		int mixes = 2 * (int) (RenderedPageCache.MAX_SIZE.toBytes() / 30_000);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < mixes; i++) {
			MockHttpServletRequest mix = request("/advisor",
					"priority=speed:" + i + "&priority=trust:" + random.nextInt());
			pages.keep(REVISION, DAY, mix, page(30_000));
			pages.keep(REVISION, DAY, mix, page(30_000));
			if (i % 100 == 0) {
				pages.find(REVISION, DAY, hot);
			}
		}
		nativeCache(manager, RenderedPageCache.MIXES).cleanUp();
		nativeCache(manager, RenderedPageCache.CACHE).cleanUp();
		assertThat(pages.find(REVISION, DAY, hot)).as("the hot page").isNotNull();
		assertThat(nativeCache(manager, RenderedPageCache.CACHE).estimatedSize()).isEqualTo(1);
		long mixWeight = nativeCache(manager, RenderedPageCache.MIXES).policy()
			.eviction()
			.orElseThrow()
			.weightedSize()
			.orElseThrow();
		assertThat(mixWeight).as("the mixes stay within their own bound")
			.isLessThanOrEqualTo(RenderedPageCache.MAX_MIXES_SIZE.toBytes());
	}

	@Test
	void keepsAMixOnlyOnceItIsAskedForAgain() {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		new PageCachingConfiguration(null).renderedPagesCache().customize(manager);
		RenderedPageCache pages = new RenderedPageCache(manager);
		MockHttpServletRequest mix = request("/advisor", "priority=speed:3&priority=trust");
		pages.keep(REVISION, DAY, mix, page(30_000));
		assertThat(pages.find(REVISION, DAY, mix)).as("a mix asked for once").isNull();
		pages.keep(REVISION, DAY, mix, page(30_000));
		assertThat(pages.find(REVISION, DAY, mix)).as("a mix asked for again").isNotNull();
		MockHttpServletRequest hot = request("/compare", null);
		pages.keep(REVISION, DAY, hot, page(30_000));
		assertThat(pages.find(REVISION, DAY, hot)).as("a page everyone reads, the first time").isNotNull();
		for (int i = 0; i < 3 * RenderedPageCache.MAX_ASKED; i++) {
			pages.keep(REVISION, DAY, request("/advisor", "priority=speed:" + i), page(10));
		}
		nativeCache(manager, RenderedPageCache.ASKED).cleanUp();
		assertThat(nativeCache(manager, RenderedPageCache.ASKED).estimatedSize()).as("the mixes remembered")
			.isLessThanOrEqualTo(RenderedPageCache.MAX_ASKED);
	}

	@Test
	void keepsTheAdvisorsAnswersWithAQueryApart() {
		assertThat(RenderedPageCache.cacheFor(request("/advisor", "priority=speed")))
			.isEqualTo(RenderedPageCache.MIXES);
		assertThat(RenderedPageCache.cacheFor(request("/advisor/print", "priority=speed")))
			.isEqualTo(RenderedPageCache.MIXES);
		assertThat(RenderedPageCache.cacheFor(request("/advisor/guide", "state=abc")))
			.isEqualTo(RenderedPageCache.MIXES);
		assertThat(RenderedPageCache.cacheFor(request("/advisor", null))).isEqualTo(RenderedPageCache.CACHE);
		assertThat(RenderedPageCache.cacheFor(request("/advisors", "x=1"))).isEqualTo(RenderedPageCache.CACHE);
		assertThat(RenderedPageCache.cacheFor(request("/compare", "priority=speed")))
			.isEqualTo(RenderedPageCache.CACHE);
	}

	@Test
	void onlyPagesKeptForTheRevisionAreWorthTheHighestLevels() {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		new PageCachingConfiguration(null).renderedPagesCache().customize(manager);
		RenderedPageCache pages = new RenderedPageCache(manager);
		assertThat(pages.keepsForTheRevision(request("/compare", null))).isTrue();
		assertThat(pages.keepsForTheRevision(request("/advisor", "priority=speed"))).isFalse();
		RenderedPageCache cachesOff = new RenderedPageCache(new NoOpCacheManager());
		assertThat(cachesOff.keepsForTheRevision(request("/compare", null))).isFalse();
	}

	@Test
	void makesBothFormsForAKeptPageAndOnlyTheOneAskedForForAMix() {
		byte[] body = "<p>The same sentence, again and again.</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8);
		RenderedPage kept = RenderedPage.of("text/html;charset=UTF-8", "en", body);
		assertThat(kept.gzipped()).hasSizeLessThan(body.length / 10);
		assertThat(kept.brotli() != null).isEqualTo(Brotli.available());
		RenderedPage gzipMix = RenderedPage.of("text/html;charset=UTF-8", "en", body, ContentCoding.GZIP);
		assertThat(gzipMix.gzipped()).hasSizeLessThan(body.length / 10);
		assertThat(gzipMix.brotli()).isNull();
		RenderedPage brotliMix = RenderedPage.of("text/html;charset=UTF-8", "en", body, ContentCoding.BR);
		assertThat(brotliMix.gzipped() != null).isEqualTo(!Brotli.available());
		RenderedPage plainMix = RenderedPage.of("text/html;charset=UTF-8", "en", body, ContentCoding.IDENTITY);
		assertThat(plainMix.gzipped()).isNull();
		assertThat(plainMix.brotli()).isNull();
		assertThat(plainMix.weight()).isEqualTo(body.length);
		for (RenderedPage page : new RenderedPage[] { kept, gzipMix, brotliMix, plainMix }) {
			assertThat(page.in(ContentCoding.IDENTITY)).isSameAs(body);
			// A form not made when the page was kept is made when a client asks for it.
			assertThat(gunzip(page.in(ContentCoding.GZIP))).isEqualTo(body);
			assertThat(page.form(ContentCoding.BR))
				.isEqualTo(Brotli.available() ? ContentCoding.BR : ContentCoding.GZIP);
			assertThat(page.in(page.form(ContentCoding.BR))).hasSizeLessThan(body.length / 10);
			assertThat(page.weight()).isEqualTo(body.length + ((page.gzipped() != null) ? page.gzipped().length : 0)
					+ ((page.brotli() != null) ? page.brotli().length : 0));
		}
		assertThat(kept.form(ContentCoding.IDENTITY)).isEqualTo(ContentCoding.IDENTITY);
		RenderedPage gzipAndBrotli = gzipMix.with(gzipMix.form(ContentCoding.BR));
		assertThat(gzipAndBrotli.has(gzipAndBrotli.form(ContentCoding.BR))).isTrue();
		assertThat(gzipAndBrotli.gzipped()).isSameAs(gzipMix.gzipped());
		assertThat(plainMix.has(ContentCoding.GZIP)).isFalse();
		assertThat(plainMix.with(ContentCoding.GZIP).has(ContentCoding.GZIP)).isTrue();
		assertThat(plainMix.with(ContentCoding.IDENTITY)).isSameAs(plainMix);
	}

	private static byte[] gunzip(byte[] gzipped) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Cache<Object, Object> nativeCache(CaffeineCacheManager manager, String name) {
		return ((CaffeineCache) manager.getCache(name)).getNativeCache();
	}

	private static MockHttpServletRequest request(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}

	private static RenderedPage page(int length) {
		byte[] body = new byte[length];
		return new RenderedPage("text/html;charset=UTF-8", "en", body, new byte[length / 8], null);
	}

}
