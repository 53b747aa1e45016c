package org.aicompare.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, page or API, public or moderator's, success or error, carries the
 * security headers that give the site an A+ at the HTTP Observatory, and none names the
 * server.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	static final String CSP = "Content-Security-Policy";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sendsEverySecurityHeaderOnReaderPages() {
		assertSecurityHeaders(this.mvc.get().uri("/articles").exchange(), 200);
	}

	@Test
	void sendsEverySecurityHeaderOnModeratorPages() {
		assertSecurityHeaders(this.mvc.get().uri("/admin/login").exchange(), 200);
	}

	@Test
	void sendsEverySecurityHeaderOnApiAnswersAndProblems() {
		assertSecurityHeaders(this.mvc.get().uri("/api/v1/models").exchange(), 200);
		assertSecurityHeaders(this.mvc.get().uri("/api/v1/models/no-such-model").exchange(), 404);
	}

	@Test
	void sendsEverySecurityHeaderOnErrorPages() {
		assertSecurityHeaders(this.mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange(), 404);
		assertSecurityHeaders(this.mvc.get().uri("/advisor?priority=nonsense").exchange(), 400);
	}

	@Test
	void allowsNoInlineScriptOrStyleAnywhereButSwaggerUi() {
		String policy = this.mvc.get().uri("/compare").exchange().getResponse().getHeader(CSP);
		assertThat(policy)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
					"base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "data:", "*");
	}

	@Test
	void loosensOnlyStylesAndImagesForSwaggerUi() {
		MvcTestResult swagger = this.mvc.get().uri("/swagger-ui/index.html").exchange();
		assertThat(swagger).hasStatusOk();
		assertThat(swagger.getResponse().getHeader(CSP)).isEqualTo(SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY)
			.contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
		assertThat(this.mvc.get().uri("/api/v1/models")).headers()
			.hasValue(CSP, SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	@Test
	void sendsHstsOnlyOverHttps() {
		assertThat(this.mvc.get().uri("/")).headers().doesNotContainHeader("Strict-Transport-Security");
		assertThat(this.mvc.get().uri("/").secure(true)).headers()
			.hasValue("Strict-Transport-Security", "max-age=31536000");
	}

	@Test
	void keepsPublicPagesCacheableAndModeratorPagesUncached() {
		assertThat(this.mvc.get().uri("/compare")).headers().hasValue(HttpHeaders.CACHE_CONTROL, "no-cache, public");
		assertThat(this.mvc.get().uri("/admin/login")).headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
	}

	private static void assertSecurityHeaders(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status)
			.headers()
			.hasValue(CSP, SecurityHeaders.CONTENT_SECURITY_POLICY)
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY)
			.hasValue("Cross-Origin-Opener-Policy", "same-origin")
			.hasValue("Cross-Origin-Resource-Policy", "same-origin")
			.doesNotContainHeader("Server")
			.doesNotContainHeader("X-Powered-By");
		assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()",
				"microphone=()", "payment=()", "usb=()");
	}

}
