package org.aicompare.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a page that needed the database while it cannot be reached with the site's 503
 * page and a {@code Retry-After}, at once rather than after a long wait. Other database
 * failures are thrown on, to the 500 page. The JSON API's controllers get a problem
 * detail from {@link ApiProblemAdvice} instead.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutageAdvice {

	static final String VIEW = "error/503";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView databaseDown(RuntimeException ex, HttpServletResponse response) {
		if (!DatabaseOutage.isCause(ex)) {
			throw ex;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return page;
	}

}
