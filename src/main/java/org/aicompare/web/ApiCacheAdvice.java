package org.aicompare.web;

import java.time.Duration;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Lets clients and shared caches keep the API's answers for a while: the data changes
 * only when the content is imported again. Problems are not kept, so a fixed request is
 * answered afresh. Every answer also links to the data's licence.
 */
@RestControllerAdvice
class ApiCacheAdvice implements ResponseBodyAdvice<Object> {

	private final CacheControl cacheControl;

	private final String licence;

	ApiCacheAdvice(ApiProperties properties, SiteProperties site) {
		this.cacheControl = CacheControl.maxAge(Duration.ofSeconds(properties.maxAge())).cachePublic();
		this.licence = site.baseUrl() + "/methodology#open-data";
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request.getURI().getPath().startsWith(ApiLinks.PREFIX + "/")
				|| request.getURI().getPath().equals(ApiLinks.PREFIX)) {
			response.getHeaders()
				.setCacheControl((body instanceof ProblemDetail) ? CacheControl.noStore() : this.cacheControl);
			// Every answer names its licence, including the single resources that carry
			// no meta.
			response.getHeaders().add(HttpHeaders.LINK, "<" + this.licence + ">; rel=\"license\"");
		}
		return body;
	}

}
