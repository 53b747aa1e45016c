package org.aicompare.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment behind a TLS proxy sets how long and how widely browsers keep to HTTPS.
 */
@Import({ SecurityConfiguration.class, SecurityHeaders.class })
@WebMvcTest(controllers = LoginController.class, properties = { "aicompare.security.hsts.max-age=730d",
		"aicompare.security.hsts.include-sub-domains=true", "aicompare.security.hsts.preload=true" })
class SecurityHeadersPropertiesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sendsTheConfiguredHstsOverHttps() {
		assertThat(this.mvc.get().uri("/admin/login").secure(true)).hasStatusOk()
			.headers()
			.hasValue("Strict-Transport-Security", "max-age=63072000 ; includeSubDomains ; preload");
	}

	@Test
	void stillSendsNoHstsOverPlainHttp() {
		assertThat(this.mvc.get().uri("/admin/login")).hasStatusOk()
			.headers()
			.doesNotContainHeader("Strict-Transport-Security");
	}

}
