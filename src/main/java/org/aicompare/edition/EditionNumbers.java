package org.aicompare.edition;

import java.util.OptionalInt;

/**
 * Reads an edition's number as addresses carry it ({@code edition=3},
 * {@code /api/v1/editions/3}): one to six digits, nothing else.
 */
public final class EditionNumbers {

	/** The parameter that names the edition an advisor result was computed under. */
	public static final String PARAMETER = "edition";

	private EditionNumbers() {
	}

	/**
	 * The number a value holds.
	 * @param value the value, possibly {@code null}
	 * @return the number, or empty when the value is not one to six digits
	 */
	public static OptionalInt parse(String value) {
		if (value == null || !value.matches("[0-9]{1,6}")) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(value));
	}

}
