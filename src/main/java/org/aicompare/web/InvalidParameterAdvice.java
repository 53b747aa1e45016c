package org.aicompare.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders an {@link InvalidParameterException} as the site's 400 page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class InvalidParameterAdvice {

	static final String VIEW = "error/400";

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

}
