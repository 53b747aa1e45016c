package org.aicompare.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers the API's requests that reach no controller (a method other than GET, a media
 * type it cannot produce, a path it does not have) with problem details, and a method a
 * page does not answer with the site's 405 page. An advice limited to controllers never
 * sees them, because no controller was chosen. Any other path is left to the site's error
 * pages by throwing the exception on.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblemAdvice {

	static final String ERROR_VIEW = "error/4xx";

	/**
	 * A method the path does not answer: a 405 whose {@code Allow} header agrees with
	 * what {@code OPTIONS} says, as a problem detail under the API and as the site's
	 * error page elsewhere.
	 */
	@ExceptionHandler
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (ApiProblems.isApi(request)) {
			return ApiProblems.methodNotAllowed(ex);
		}
		HttpHeaders allow = new HttpHeaders();
		allow.setAllow(ApiProblems.allowed(ex));
		response.setHeader(HttpHeaders.ALLOW, allow.getFirst(HttpHeaders.ALLOW));
		return new ModelAndView(ERROR_VIEW, Map.of("status", HttpStatus.METHOD_NOT_ALLOWED.value()),
				HttpStatus.METHOD_NOT_ALLOWED);
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
