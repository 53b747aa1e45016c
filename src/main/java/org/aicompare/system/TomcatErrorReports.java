package org.aicompare.system;

import org.apache.catalina.Host;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before Spring sees them: a malformed request line,
 * an over-long URL, an invalid header. Its error report then names neither Tomcat, nor
 * its version, nor the exception: only the status. Everything that reaches Spring gets
 * the site's own error pages instead.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof Host host) {
				// The host adds its default valve at start only if it has none of this
				// class already.
				ErrorReportValve quiet = new ErrorReportValve();
				quiet.setShowReport(false);
				quiet.setShowServerInfo(false);
				host.getPipeline().addValve(quiet);
			}
		});
	}

}
