package org.aicompare.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every API answer shares: an {@code ETag} so clients can revalidate for free, and
 * CORS so any web page may read the data (with GET, without credentials). The
 * {@code Cache-Control} header comes from {@link ApiCacheAdvice}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(ApiLinks.PREFIX + "/**")
			.allowedOrigins("*")
			.allowedMethods(HttpMethod.GET.name(), HttpMethod.HEAD.name())
			.allowCredentials(false)
			.maxAge(3600);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		// Weak, because the same answer may travel gzipped or not; Tomcat compresses only
		// responses without a strong ETag.
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns(ApiLinks.PREFIX + "/*");
		registration.setName("apiEtagFilter");
		return registration;
	}

}
