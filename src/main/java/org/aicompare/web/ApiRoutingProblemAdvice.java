package org.aicompare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers the API's requests that reach no controller (a method other than GET, a media
 * type it cannot produce, a path it does not have) with problem details. An advice
 * limited to controllers never sees them, because no controller was chosen. Any other
 * path is left to the site's error pages by throwing the exception on.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblemAdvice {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!ApiProblems.isApi(request)) {
			throw ex;
		}
		return ApiProblems.methodNotAllowed(ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		if (!ApiProblems.isApi(request)) {
			throw ex;
		}
		return ApiProblems.notAcceptable();
	}

	// Paths outside the static folders reach no handler at all (see
	// StaticFilesConfiguration); those inside them find no file.
	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> noRoute(Exception ex, HttpServletRequest request) throws Exception {
		if (!ApiProblems.isApi(request)) {
			throw ex;
		}
		return ApiProblems.notFound();
	}

}
