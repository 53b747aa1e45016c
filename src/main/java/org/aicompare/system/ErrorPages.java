package org.aicompare.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of every request the site could not answer: the site's own HTML page
 * (in its layout, {@code templates/error/}) for a page route whatever the client accepts,
 * unless it asks for JSON only; RFC 9457 problem details under {@code /api/}. Spring
 * Boot's own error controller would give curl, wget and crawlers (which send
 * {@code Accept: *}{@code /*} or nothing) its JSON instead. The error path itself is no
 * page: asked for directly it is a 404.
 */
@Controller
class ErrorPages extends AbstractErrorController {

	static final String NOT_FOUND_VIEW = "error/404";

	private static final MediaType ANY_JSON = new MediaType("application", "*+json");

	ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return new ModelAndView(NOT_FOUND_VIEW, Map.of("status", HttpStatus.NOT_FOUND.value()),
					HttpStatus.NOT_FOUND);
		}
		HttpStatus status = getStatus(request);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
			return problem(status);
		}
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		if (wantsJsonOnly(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(model);
		}
		ModelAndView page = resolveErrorView(request, response, status, model);
		return (page != null) ? page
				: new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", model, status);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Whether the client accepts JSON and no HTML: browsers, curl, wget and crawlers get
	 * the page.
	 */
	static boolean wantsJsonOnly(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().noneMatch((type) -> type.includes(MediaType.TEXT_HTML)) && types.stream()
				.anyMatch(
						(type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(ANY_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
