package org.aicompare.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers that depend on how the site is deployed. The rest (the content
 * security policy and its siblings) are the same everywhere and live in
 * {@link SecurityHeaders}.
 *
 * @param hsts how browsers are told to use only HTTPS for this site
 */
@ConfigurationProperties("aicompare.security")
public record SecurityHeadersProperties(@DefaultValue Hsts hsts) {

	/**
	 * The {@code Strict-Transport-Security} header. It is sent only on requests that
	 * arrived over HTTPS: directly, or through a TLS proxy whose
	 * {@code X-Forwarded-Proto: https} the site trusts (see
	 * {@code server.forward-headers-strategy}).
	 *
	 * @param enabled whether to send the header at all; turn it off only while trying
	 * HTTPS out (environment: {@code AICOMPARE_SECURITY_HSTS_ENABLED})
	 * @param maxAge how long browsers remember to use HTTPS only; one year unless set,
	 * and at least six months for an A+ at the HTTP Observatory (environment:
	 * {@code AICOMPARE_SECURITY_HSTS_MAX_AGE}, such as {@code 365d})
	 * @param includeSubDomains whether the rule covers every subdomain too; only when
	 * they all serve HTTPS (environment:
	 * {@code AICOMPARE_SECURITY_HSTS_INCLUDE_SUB_DOMAINS})
	 * @param preload whether to ask for the browsers' preload list; only together with
	 * {@code includeSubDomains} and a submission to hstspreload.org (environment:
	 * {@code AICOMPARE_SECURITY_HSTS_PRELOAD})
	 */
	public record Hsts(@DefaultValue("true") boolean enabled, @DefaultValue("365d") Duration maxAge,
			@DefaultValue("false") boolean includeSubDomains, @DefaultValue("false") boolean preload) {

	}

}
