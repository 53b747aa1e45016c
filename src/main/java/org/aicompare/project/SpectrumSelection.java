package org.aicompare.project;

import java.util.Arrays;
import java.util.List;

import org.aicompare.spectrum.Axis;
import org.aicompare.web.InvalidParameterException;

/**
 * What a reader asked of the spectrum: the axis to sort by and the model to filter by,
 * each checked against the known values. The page, the CSV and the API read their
 * {@code sort} and {@code model} parameters through this one class.
 *
 * @param sort the axis to sort by, or {@code null} for the site's order
 * @param model the model's slug, or {@code null} for every organisation
 */
record SpectrumSelection(Axis sort, String model) {

	/** The parameter that names the axis to sort by. */
	static final String SORT = "sort";

	/** The parameter that names the model to filter by. */
	static final String MODEL = "model";

	/**
	 * Check a request's parameters.
	 * @param sort the {@code sort} parameter, possibly blank
	 * @param model the {@code model} parameter, possibly blank
	 * @param models the slugs of the models that have organisations
	 * @return the selection
	 * @throws InvalidParameterException naming the valid values, for an unknown axis or
	 * model
	 */
	static SpectrumSelection parse(String sort, String model, List<String> models) {
		Axis axis = null;
		if (sort != null && !sort.isBlank()) {
			axis = Axis.fromSlug(sort.strip())
				.orElseThrow(() -> new InvalidParameterException(SORT, sort,
						Arrays.stream(Axis.values()).map(Axis::slug).toList()));
		}
		String selected = null;
		if (model != null && !model.isBlank()) {
			selected = model.strip();
			if (!models.contains(selected)) {
				throw new InvalidParameterException(MODEL, model, models);
			}
		}
		return new SpectrumSelection(axis, selected);
	}

	/**
	 * The sort axis's slug, for links.
	 * @return the slug, or an empty string for the site's order
	 */
	String sortSlug() {
		return (this.sort != null) ? this.sort.slug() : "";
	}

}
