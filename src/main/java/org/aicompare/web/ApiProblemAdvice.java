package org.aicompare.web;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.PersistenceException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers what goes wrong in the JSON API's controllers with RFC 9457 problem details
 * that name the bad parameter, never with an exception's message. Limited to
 * {@code @RestController}s and ahead of the site's own advice, so the HTML 400 and 404
 * pages stay as they are.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Log logger = LogFactory.getLog(ApiProblemAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex) {
		return ApiProblems.invalidParameter(ex.getParameter(), ex.getValue(), "unknown value", ex.getValidValues());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		List<String> valid = (type != null && type.isEnum())
				? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()
				: List.of((type != null) ? "a value of type " + type.getSimpleName() : "a valid value");
		return ApiProblems.invalidParameter(ex.getName(), String.valueOf(ex.getValue()), "malformed value", valid);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> otherTypeMismatch(TypeMismatchException ex) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return ApiProblems.invalidParameter(name, String.valueOf(ex.getValue()), "malformed value",
				List.of("a valid value"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return ApiProblems.invalidParameter(ex.getParameterName(), null, "missing",
				List.of("a value of type " + ex.getParameterType()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return ApiProblems.methodNotAllowed(ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ApiProblems.notAcceptable();
	}

	/**
	 * The database cannot be reached: a 503 with {@code Retry-After}, quickly. Any other
	 * database failure is the site's fault.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ResponseEntity<ProblemDetail> database(RuntimeException ex) {
		if (DatabaseOutage.isCause(ex)) {
			return ApiProblems.databaseUnavailable();
		}
		return other(ex);
	}

	/**
	 * Spring Security's firewall refused a parameter name or value only when the
	 * controller read them.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST, "Rejected request",
				"The request has a parameter name or value the site does not accept.");
	}

	/**
	 * The server could not read the parameters: not UTF-8, too many, or a form too large.
	 * The reader's fault, with the status the server chose (400 or 413).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableParameters(org.apache.tomcat.util.http.InvalidParameterException ex) {
		UnreadableParameters.log(logger, ex);
		return ApiProblems.of(UnreadableParameters.status(ex), "Unreadable parameters",
				"The request's parameters could not be read: they must be UTF-8 and few.");
	}

	/**
	 * A feature's "not found" exception: its status says so, its message stays private.
	 * Anything else is the site's fault, and says no more than that.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> other(RuntimeException ex) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (status != null && status.code() == HttpStatus.NOT_FOUND) {
			return ApiProblems.notFound();
		}
		// The reader learns nothing more; the log keeps what happened.
		logger.error("API request failed", ex);
		return ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered.");
	}

}
