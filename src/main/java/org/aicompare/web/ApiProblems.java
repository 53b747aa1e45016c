package org.aicompare.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
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

	static ResponseEntity<ProblemDetail> notFound() {
		return of(HttpStatus.NOT_FOUND, "Not found", "There is no such resource.");
	}

	static ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		ResponseEntity<ProblemDetail> response = of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"The API only answers GET requests.");
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(response.getHeaders());
		headers.setAllow(ex.getSupportedHttpMethods());
		return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
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
