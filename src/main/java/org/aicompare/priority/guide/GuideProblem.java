package org.aicompare.priority.guide;

/**
 * What can be wrong with a guide's address.
 */
public enum GuideProblem {

	/** The address is longer than any the guide writes. */
	TOO_LONG("longer than any address the guide writes", "priority, answer"),

	/** A priority value is not a slug. */
	MALFORMED_PRIORITY("not a priority slug", "priority"),

	/** No priority has that slug. */
	UNKNOWN_PRIORITY("names no priority the site knows", "answer"),

	/** A priority is given twice. */
	REPEATED_PRIORITY("priority given twice", "priority"),

	/** Fewer than two priorities: there is nothing to compare. */
	TOO_FEW_PRIORITIES("fewer than two priorities to compare", "priority"),

	/** An answer is not of the form {@code a.over.b} or {@code a.same.b}. */
	MALFORMED_ANSWER("not of the form a.over.b or a.same.b", "answer"),

	/** An answer names a priority that was not chosen. */
	NOT_CHOSEN("names a priority that was not chosen", "answer"),

	/** An answer compares a priority with itself. */
	SAME_PRIORITY("compares a priority with itself", "answer"),

	/** A pair is answered twice. */
	REPEATED_PAIR("pair answered twice", "answer"),

	/**
	 * The answers before it already settle this pair the same way: it would not be asked.
	 */
	IMPLIED("already settled by the answers before it, so the guide would not ask it", "answer"),

	/** An answer to give again names a pair that has not been answered. */
	NOT_ANSWERED("names a pair that has not been answered", "answer");

	private final String reason;

	private final String parameter;

	GuideProblem(String reason, String parameter) {
		this.reason = reason;
		this.parameter = parameter;
	}

	/**
	 * What is wrong, in a few words, for the API.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

	/**
	 * The parameter the problem is usually in.
	 * @return its name
	 */
	public String parameter() {
		return this.parameter;
	}

}
