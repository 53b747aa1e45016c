package org.aicompare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters the server could not read (malformed percent-encoding, bytes that are not
 * UTF-8, too many parameters, a form too large) are the client's fault. The controllers'
 * advice answers them where a controller reads them; this filter answers them wherever
 * else they are read (a filter, such as the sign-in limit's) with the site's error page
 * and the status Tomcat chose, never a 500. It sits just inside the request metrics, so
 * they count a 4xx.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnreadableParameters extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(UnreadableParameters.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			InvalidParameterException unreadable = find(ex);
			if (unreadable == null || response.isCommitted()) {
				throw ex;
			}
			log(logger, unreadable);
			response.sendError(status(unreadable).value());
		}
	}

	/**
	 * The status to answer unreadable parameters with: Tomcat's, if it is a client error,
	 * else 400.
	 * @param ex what Tomcat threw
	 * @return the status
	 */
	static HttpStatus status(InvalidParameterException ex) {
		HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
		return (status != null && status.is4xxClientError()) ? status : HttpStatus.BAD_REQUEST;
	}

	/**
	 * Log unreadable parameters in one line, without a stack trace: they say nothing
	 * about the site.
	 * @param log the log to write to
	 * @param ex what Tomcat threw
	 */
	static void log(Log log, InvalidParameterException ex) {
		if (log.isDebugEnabled()) {
			Throwable cause = ex.getCause();
			log.debug("Refused unreadable request parameters (" + status(ex).value() + "): "
					+ ((cause != null) ? cause.getClass().getSimpleName() : ex.getClass().getSimpleName()));
		}
	}

	private static InvalidParameterException find(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException unreadable) {
				return unreadable;
			}
		}
		return null;
	}

}
