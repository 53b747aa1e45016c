package org.aicompare.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat answers some requests itself, before Spring sees them: a malformed request line
 * or URI ({@code /%zz}), an encoded traversal, an over-long URL or header. Those get a
 * minimal page of the site's own, with the site's security headers, naming neither
 * Tomcat, nor its version, nor the exception: only what went wrong and the way home.
 * Everything that reaches Spring gets the site's own error pages instead.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	private final SecurityHeadersProperties headers;

	TomcatErrorReports(MessageSource messages, SecurityHeadersProperties headers) {
		this.messages = messages;
		this.headers = headers;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof Host host) {
				// The host adds its default valve at start only if it has none of this
				// class already.
				host.getPipeline().addValve(new SitePage(this.messages, this.headers));
			}
		});
	}

	/**
	 * The valve that writes the page, for any error answer with no body yet.
	 */
	static class SitePage extends ErrorReportValve {

		private static final Log logger = LogFactory.getLog(SitePage.class);

		private final MessageSource messages;

		private final SecurityHeadersProperties headers;

		SitePage(MessageSource messages, SecurityHeadersProperties headers) {
			this.messages = messages;
			this.headers = headers;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			securityHeaders(request, response);
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setLocale(Locale.ENGLISH);
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("Could not write the error page (" + status + ")");
			}
		}

		private void securityHeaders(Request request, Response response) {
			header(response, "Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
			header(response, "X-Content-Type-Options", "nosniff");
			header(response, "X-Frame-Options", "DENY");
			header(response, "Referrer-Policy", "strict-origin-when-cross-origin");
			header(response, "Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
			header(response, "Cross-Origin-Opener-Policy", "same-origin");
			header(response, "Cross-Origin-Resource-Policy", "same-origin");
			header(response, "Cache-Control", "no-store");
			SecurityHeadersProperties.Hsts hsts = this.headers.hsts();
			if (request.isSecure() && hsts.enabled()) {
				header(response, "Strict-Transport-Security", SecurityHeaders.hsts(hsts));
			}
		}

		private static void header(Response response, String name, String value) {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		}

		String page(int status) {
			String kind = (status >= 500) ? "5xx" : "4xx";
			return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + "<title>"
					+ text("error." + kind + ".title") + "</title>\n"
					+ "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + text("feed.title")
					+ "\" href=\"/feed.atom\">\n" + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">\n"
					+ "</head>\n<body>\n<main>\n<h1>" + text("error." + kind + ".heading") + "</h1>\n<p>"
					+ text("error." + kind + ".text") + "</p>\n<p>" + text("error.status", status) + "</p>\n"
					+ "<p><a href=\"/\">" + text("error.onward.home") + "</a></p>\n</main>\n</body>\n</html>\n";
		}

		private String text(String key, Object... arguments) {
			return HtmlUtils.htmlEscape(this.messages.getMessage(key, arguments, Locale.ENGLISH));
		}

	}

}
