package org.aicompare.priority.guide;

/**
 * A guide's address that the guide did not write: what is wrong, and the value at fault.
 */
public class InvalidGuideStateException extends RuntimeException {

	private static final int SHOWN_LENGTH = 60;

	private final GuideProblem problem;

	private final String parameter;

	private final String value;

	InvalidGuideStateException(GuideProblem problem, String value) {
		this(problem, problem.parameter(), value);
	}

	InvalidGuideStateException(GuideProblem problem, String parameter, String value) {
		super("Invalid guide state: " + problem);
		this.problem = problem;
		this.parameter = parameter;
		this.value = (value.length() > SHOWN_LENGTH) ? value.substring(0, SHOWN_LENGTH) + "\u2026" : value;
	}

	public GuideProblem getProblem() {
		return this.problem;
	}

	/**
	 * The parameter the value at fault was given in.
	 * @return its name
	 */
	public String getParameter() {
		return this.parameter;
	}

	/**
	 * The value at fault, shortened if very long.
	 * @return the value
	 */
	public String getValue() {
		return this.value;
	}

}
