package org.aicompare.web;

import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warns at startup when the site names itself by the default base URL
 * ({@code http://localhost:8080}) although it evidently runs elsewhere: on another port,
 * or in a profile other than the default one (such as {@code postgres} in production).
 * The sitemap, robots.txt, the feed, canonical links and {@code og:url} would all point
 * to the wrong address until {@code aicompare.site.base-url} is set.
 */
@Component
class BaseUrlCheck implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(BaseUrlCheck.class);

	private static final int DEFAULT_PORT = 8080;

	private final SiteProperties site;

	private final Environment environment;

	BaseUrlCheck(SiteProperties site, Environment environment) {
		this.site = site;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String warning = warning(event.getWebServer().getPort());
		if (warning != null) {
			logger.warn(warning);
		}
	}

	/**
	 * The warning for a site on this port with the configured base URL and profiles.
	 * @param port the port the site listens on
	 * @return the warning, or {@code null} if there is nothing to warn about
	 */
	String warning(int port) {
		String[] profiles = this.environment.getActiveProfiles();
		if (!SiteProperties.DEFAULT_BASE_URL.equals(this.site.baseUrl())
				|| (port == DEFAULT_PORT && profiles.length == 0)) {
			return null;
		}
		return "aicompare.site.base-url (AICOMPARE_SITE_BASE_URL) is not set, so the sitemap, robots.txt, the feed, "
				+ "canonical links and og:url all name " + SiteProperties.DEFAULT_BASE_URL
				+ ", but the site runs on port " + port
				+ ((profiles.length == 0) ? "" : " with profile(s) " + Arrays.toString(profiles))
				+ ". Set it to the site's public address, such as https://aicompare.example.";
	}

}
