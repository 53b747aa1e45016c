package org.aicompare.system;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.interceptor.SimpleKeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import org.aicompare.revision.SiteRevision;
import org.aicompare.system.RenderedPageCache.RenderedPage;

/**
 * What keeps the pages cheap: the conditional check in front of them, the rendered pages
 * it keeps, and the caches of assembled view models behind them. Every cache key starts
 * with the site revision, so an entry made from old content is never served under a new
 * revision, even one computed while the change committed; a new revision also empties the
 * caches, to free the memory. {@code spring.cache.type=none} switches every cache off.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCachingConfiguration implements CachingConfigurer {

	// Looked up when first used: the caching infrastructure asks for the key generator
	// before ordinary beans such as the revision may be made.
	private final ObjectProvider<SiteRevision> revision;

	PageCachingConfiguration(ObjectProvider<SiteRevision> revision) {
		this.revision = revision;
	}

	@Override
	public KeyGenerator keyGenerator() {
		return (target, method, parameters) -> new SimpleKey(this.revision.getObject().current().number(),
				SimpleKeyGenerator.generateKey(parameters));
	}

	/**
	 * Rendered pages are large: their cache is bounded by the bytes it holds, not by a
	 * count like the others; the mixes asked for once are remembered by a count.
	 */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> renderedPagesCache() {
		return (manager) -> {
			manager.registerCustomCache(RenderedPageCache.CACHE, weighed(RenderedPageCache.MAX_SIZE));
			manager.registerCustomCache(RenderedPageCache.MIXES, weighed(RenderedPageCache.MAX_MIXES_SIZE));
			manager.registerCustomCache(RenderedPageCache.ASKED,
					Caffeine.newBuilder().maximumSize(RenderedPageCache.MAX_ASKED).build());
		};
	}

	private static com.github.benmanes.caffeine.cache.Cache<Object, Object> weighed(DataSize size) {
		return Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<Object, Object>weigher((key, page) -> ((RenderedPage) page).weight())
			.build();
	}

	@Bean
	FilterRegistrationBean<ConditionalPageFilter> conditionalPageFilter(SiteRevision revision, CacheManager caches,
			PageCacheProperties properties, ObjectProvider<BuildProperties> build, Clock clock) {
		FilterRegistrationBean<ConditionalPageFilter> registration = new FilterRegistrationBean<>(
				new ConditionalPageFilter(revision, new RenderedPageCache(caches), properties, build, clock));
		registration.setName("conditionalPageFilter");
		return registration;
	}

}
