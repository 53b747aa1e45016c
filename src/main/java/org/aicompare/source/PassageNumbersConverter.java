package org.aicompare.source;

import jakarta.persistence.Converter;

/**
 * Stores the numbers of the passages a text cites as one column ({@code "36,14"}).
 */
@Converter
public class PassageNumbersConverter extends CommaSeparatedConverter<Integer> {

	public PassageNumbersConverter() {
		super(Integer::valueOf);
	}

}
