package org.aicompare.system;

import java.time.Duration;

import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the site's own static files under URLs that carry a hash of their content
 * ({@code /css/site-<md5>.css}), so browsers and shared caches keep them for a year
 * without asking: a changed file gets a new URL. Templates link them with
 * {@code @{/css/site.css}}; Boot's resource URL filter writes the hashed URL. Only these
 * folders are mapped, so page links are never looked up as files. Each file is compressed
 * once ({@link CompressedStaticFiles}), after the style sheet's links are rewritten to
 * hashed ones, and where a file is found is worked out once per address.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfiguration implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		hashed(registry, "/css/**", "classpath:/static/css/");
		hashed(registry, "/*.svg", "classpath:/static/");
	}

	private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			// Not Spring's own caching chain: its transformer cache holds one form per
			// file, whatever the client accepts.
			.resourceChain(false)
			.addResolver(new CachingResourceResolver(new ConcurrentMapCache("static-files")))
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new CompressedStaticFiles())
			.addTransformer(new CssLinkResourceTransformer());
	}

}
