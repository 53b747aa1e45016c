package org.aicompare.source;

import jakarta.persistence.Converter;

/**
 * Stores the codes of the references a fact cites as one column ({@code "S4,S5"}).
 */
@Converter
public class ReferenceCodesConverter extends CommaSeparatedConverter<String> {

	public ReferenceCodesConverter() {
		super(String::valueOf);
	}

}
