package org.aicompare.hybrid;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a short list of slugs as one comma-separated column ({@code "speed,trust"}).
 */
@Converter
class SlugListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> slugs) {
		return (slugs != null) ? String.join(",", slugs) : "";
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::strip).toList();
	}

}
