package org.aicompare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page its canonical address: the configured base URL and the request path,
 * without the query string (which selects a view of the page, not another page). An
 * answer with an error status (a form or selection sent back with a 400) is no page to
 * index, and names no canonical address; error pages never do (their layout leaves it
 * out).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@EnableConfigurationProperties(SiteProperties.class)
class CanonicalUrlAdvice {

	static final String ATTRIBUTE = "canonicalUrl";

	private final SiteProperties site;

	CanonicalUrlAdvice(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute(ATTRIBUTE)
	String canonicalUrl(HttpServletRequest request) {
		return this.site.baseUrl() + request.getRequestURI();
	}

	/**
	 * Takes the canonical address away from an answer its handler gave an error status.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ErrorStatusConfiguration implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
						ModelAndView page) {
					if (page != null && response.getStatus() >= 400) {
						page.getModel().remove(ATTRIBUTE);
					}
				}

			});
		}

	}

}
