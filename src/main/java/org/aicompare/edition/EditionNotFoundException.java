package org.aicompare.edition;

/**
 * No edition has the number asked for.
 */
class EditionNotFoundException extends RuntimeException {

	private final String number;

	EditionNotFoundException(String number) {
		super("No edition " + number);
		this.number = number;
	}

	String getNumber() {
		return this.number;
	}

}
