package org.aicompare.source;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a short list as one comma-separated column. The content is imported as a whole
 * and read as a whole, so a citation list never needs a join of its own.
 *
 * @param <T> the element type
 */
public abstract class CommaSeparatedConverter<T> implements AttributeConverter<List<T>, String> {

	private final Function<String, T> parser;

	protected CommaSeparatedConverter(Function<String, T> parser) {
		this.parser = parser;
	}

	@Override
	public String convertToDatabaseColumn(List<T> values) {
		if (values == null) {
			return "";
		}
		return String.join(",", values.stream().map(String::valueOf).toList());
	}

	@Override
	public List<T> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::strip).map(this.parser).toList();
	}

}
