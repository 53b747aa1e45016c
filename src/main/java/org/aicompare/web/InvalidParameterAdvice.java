package org.aicompare.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders an {@link InvalidParameterException} as the site's 400 page, and so parameters
 * the server could not read at all (not UTF-8 percent-encoding, too many of them): the
 * reader's fault, answered and counted as a 400, and logged in one line at debug level so
 * that nobody can fill the log or raise server-error alerts by sending them.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class InvalidParameterAdvice {

	static final String VIEW = "error/400";

	private static final Log logger = LogFactory.getLog(InvalidParameterAdvice.class);

	@ExceptionHandler
	ModelAndView invalidParameter(InvalidParameterException ex) {
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("parameter", ex.getParameter());
		page.addObject("value", ex.getValue());
		page.addObject("validValues", ex.getValidValues());
		page.addObject("validPart", ex.getValidPart());
		return page;
	}

	@ExceptionHandler
	ModelAndView unreadableParameters(org.apache.tomcat.util.http.InvalidParameterException ex) {
		HttpStatus status = UnreadableParameters.status(ex);
		UnreadableParameters.log(logger, ex);
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("unreadable", true);
		return page;
	}

}
