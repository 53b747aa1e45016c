package org.aicompare.web;

import java.util.List;

/**
 * A request parameter with a value the site does not know. Answered with a 400 page that
 * names the parameter and the bad value and lists the values that are valid.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final List<String> validValues;

	private final String validPart;

	/**
	 * Create a new exception.
	 * @param parameter the parameter's name
	 * @param value the value that is not valid
	 * @param validValues the values that are, or a description of them
	 */
	public InvalidParameterException(String parameter, String value, List<String> validValues) {
		this(parameter, value, validValues, null);
	}

	/**
	 * Create a new exception that offers the page with only the valid values.
	 * @param parameter the parameter's name
	 * @param value the value that is not valid
	 * @param validValues the values that are, or a description of them
	 * @param validPart the address of the page with the bad values left out, or
	 * {@code null}
	 */
	public InvalidParameterException(String parameter, String value, List<String> validValues, String validPart) {
		super("Invalid value for parameter '" + parameter + "'");
		this.parameter = parameter;
		this.value = value;
		this.validValues = List.copyOf(validValues);
		this.validPart = validPart;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

	public List<String> getValidValues() {
		return this.validValues;
	}

	/**
	 * The address of the same page with the bad values left out, if there is one.
	 * @return a path with its query, or {@code null}
	 */
	public String getValidPart() {
		return this.validPart;
	}

}
