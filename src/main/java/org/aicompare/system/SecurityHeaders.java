package org.aicompare.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The security headers every response carries, on every filter chain: a strict content
 * security policy (the site runs no script of its own and no inline style), a private
 * referrer policy, no powerful browser features, isolation from other origins' windows
 * and pages, and HSTS on HTTPS. Spring Security applies a
 * {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to every {@link HttpSecurity}
 * it builds, so each chain in {@link SecurityConfiguration} gets these without a line of
 * its own; {@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} are
 * Spring Security's defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityHeadersProperties.class)
class SecurityHeaders {

	/**
	 * The policy of every page: everything from this site only, no plugins, no
	 * {@code <base>}, no framing, forms post only here. {@code 'self'} in
	 * {@code script-src} allows no inline script; the JSON-LD blocks are data, which CSP
	 * does not block.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * Swagger UI's policy: its stylesheet draws icons from {@code data:} images and its
	 * scripts set inline styles. Scripts stay limited to this site's own files.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	/** Every powerful feature off, for this site and anything it might embed. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
			+ "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
			+ "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	@Bean
	Customizer<HeadersConfigurer<HttpSecurity>> securityHeadersCustomizer(SecurityHeadersProperties properties) {
		RequestMatcher swaggerUi = pathPattern("/swagger-ui/**");
		SecurityHeadersProperties.Hsts hsts = properties.hsts();
		return (headers) -> {
			headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy((opener) -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				// CORS requests (the API's) are not subject to this; embedding from
				// other sites is.
				.crossOriginResourcePolicy((resource) -> resource.policy(CrossOriginResourcePolicy.SAME_ORIGIN));
			if (hsts.enabled()) {
				// Sent only on secure requests: HTTPS, or a trusted proxy's
				// X-Forwarded-Proto.
				headers.httpStrictTransportSecurity((transport) -> transport.maxAgeInSeconds(hsts.maxAge().toSeconds())
					.includeSubDomains(hsts.includeSubDomains())
					.preload(hsts.preload()));
			}
			else {
				headers.httpStrictTransportSecurity((transport) -> transport.disable());
			}
		};
	}

	/**
	 * The {@code Strict-Transport-Security} value, for answers written outside Spring
	 * Security (Tomcat's own error pages).
	 * @param hsts the settings
	 * @return the header's value
	 */
	static String hsts(SecurityHeadersProperties.Hsts hsts) {
		return "max-age=" + hsts.maxAge().toSeconds() + (hsts.includeSubDomains() ? " ; includeSubDomains" : "")
				+ (hsts.preload() ? " ; preload" : "");
	}

}
