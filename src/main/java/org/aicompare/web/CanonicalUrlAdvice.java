package org.aicompare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its canonical address: the configured base URL and the request path,
 * without the query string (which selects a view of the page, not another page).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@EnableConfigurationProperties(SiteProperties.class)
class CanonicalUrlAdvice {

	private final SiteProperties site;

	CanonicalUrlAdvice(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return this.site.baseUrl() + request.getRequestURI();
	}

}
