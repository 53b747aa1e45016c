package org.aicompare.challenge;

import java.util.List;

import org.aicompare.web.InvalidParameterException;

/**
 * Page numbers from 1, as the lists' links give them.
 */
final class PageNumbers {

	private PageNumbers() {
	}

	static int parse(String value) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Not a number: refused below.
		}
		throw new InvalidParameterException("page", value, List.of("a whole number from 1"));
	}

}
