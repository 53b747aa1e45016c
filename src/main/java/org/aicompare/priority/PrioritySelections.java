package org.aicompare.priority;

import java.util.List;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import org.aicompare.web.InvalidParameterException;

/**
 * Reads the {@code priority} parameter of pages other than the advisor's, where any bad
 * value is answered with the site's 400 page, naming it and linking to the page with the
 * valid part of the selection.
 */
final class PrioritySelections {

	static final String PARAMETER = PrioritySelection.PARAMETER;

	private PrioritySelections() {
	}

	/**
	 * The selection on a page's request.
	 * @param parameters the request's parameters
	 * @param snapshot the advisor's data
	 * @param path the page's path, for the link to its valid part
	 * @return the selection, or {@code null} when the request has none
	 */
	static PrioritySelection read(MultiValueMap<String, String> parameters, AdvisorData.Snapshot snapshot,
			String path) {
		List<String> values = parameters.get(PARAMETER);
		if (values == null) {
			return null;
		}
		PrioritySelection.Reading reading = PrioritySelection.read(values, snapshot.slugs());
		if (!reading.problems().isEmpty()) {
			UriComponentsBuilder valid = UriComponentsBuilder.fromPath(path);
			parameters.forEach((name, kept) -> {
				if (!name.equals(PARAMETER)) {
					kept.forEach((value) -> valid.queryParam(name, value));
				}
			});
			reading.selection().addTo(valid);
			throw new InvalidParameterException(PARAMETER, reading.problems().get(0).value(),
					// Encoded whole: the reader's names and values are text, never a URI
					// template.
					List.copyOf(snapshot.slugs()), valid.build().encode().toUriString());
		}
		return reading.selection().isEmpty() ? null : reading.selection();
	}

}
