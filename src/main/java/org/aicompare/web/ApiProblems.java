package org.aicompare.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * The API's RFC 9457 problem details, built one way whichever advice or controller
 * answers.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	/**
	 * Whether a request is the API's, and its errors are answered with problem details.
	 * @param request the request
	 * @return {@code true} under {@code /api/}
	 */
	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		problem.setTitle(title);
		problem.setDetail(detail);
		return respond(problem);
	}

	static ResponseEntity<ProblemDetail> invalidParameter(String name, String value, String reason,
			List<String> validValues) {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.BAD_REQUEST, "Invalid request parameter",
				"The value of the parameter '" + name + "' is not valid.");
		ProblemDetail problem = response.getBody();
		problem.setProperty("invalidParams",
				List.of(Map.of("name", name, "value", (value != null) ? value : "", "reason", reason)));
		problem.setProperty("validValues", validValues);
		return response;
	}

	/**
	 * A request whose values are not valid, naming each bad value and the valid ones.
	 * @param type the address that explains the valid values
	 * @param title what went wrong, in short
	 * @param detail what went wrong, for a reader
	 * @param invalidParams the bad values; none when a value was missing
	 * @param validValues the values that are valid
	 * @return the problem, to add more properties to
	 */
	public static ResponseEntity<ProblemDetail> invalidValues(URI type, String title, String detail,
			List<InvalidParam> invalidParams, List<String> validValues) {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.BAD_REQUEST, title, detail);
		ProblemDetail problem = response.getBody();
		problem.setType(type);
		if (!invalidParams.isEmpty()) {
			problem.setProperty("invalidParams", List.copyOf(invalidParams));
		}
		problem.setProperty("validValues", List.copyOf(validValues));
		return response;
	}

	/**
	 * A 404 for a slug or number that names nothing, with the ones that exist.
	 * @param type the address of the page that lists them
	 * @param title what was not found, in short
	 * @param detail what was asked for, for a reader
	 * @param validValues the slugs or numbers that exist
	 * @return the problem
	 */
	public static ResponseEntity<ProblemDetail> unknown(URI type, String title, String detail,
			List<String> validValues) {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.NOT_FOUND, title, detail);
		response.getBody().setType(type);
		response.getBody().setProperty("validValues", List.copyOf(validValues));
		return response;
	}

	static ResponseEntity<ProblemDetail> notFound() {
		return of(HttpStatus.NOT_FOUND, "Not found", "There is no such resource.");
	}

	static ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"The API only answers GET requests.");
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(response.getHeaders());
		headers.setAllow(allowed(ex));
		return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
	}

	/**
	 * The methods a path answers, as {@code OPTIONS} lists them: with {@code HEAD}
	 * wherever {@code GET} is, and {@code OPTIONS} itself.
	 * @param ex the refusal of another method
	 * @return the methods for an {@code Allow} header
	 */
	static Set<HttpMethod> allowed(HttpRequestMethodNotSupportedException ex) {
		Set<HttpMethod> allowed = new LinkedHashSet<>();
		Set<HttpMethod> supported = ex.getSupportedHttpMethods();
		if (supported != null) {
			allowed.addAll(supported);
		}
		if (allowed.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
		}
		allowed.add(HttpMethod.OPTIONS);
		return allowed;
	}

	static ResponseEntity<ProblemDetail> notAcceptable() {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
				"The API answers in application/json, and its errors in application/problem+json.");
		response.getBody()
			.setProperty("acceptable",
					List.of(MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		return response;
	}

	static ResponseEntity<ProblemDetail> databaseUnavailable() {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The database cannot be reached just now. Please try again shortly.");
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
			.body(response.getBody());
	}

	static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * One bad parameter value, as RFC 9457 suggests.
	 *
	 * @param name the parameter
	 * @param value the bad value
	 * @param reason why it is bad
	 */
	public record InvalidParam(String name, String value, String reason) {
	}

}
