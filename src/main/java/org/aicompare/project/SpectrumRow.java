package org.aicompare.project;

import java.util.List;

import org.aicompare.spectrum.Axis;

/**
 * One row of the spectrum: an organisation, or a deployment model as a reference row,
 * with its rating on every axis in axis order.
 *
 * @param slug its slug
 * @param name its name
 * @param model the slug of its deployment model (its own slug for a reference row)
 * @param modelName the name of its deployment model
 * @param reference whether it is a deployment model's reference row
 * @param axes its ratings, one per axis in axis order
 */
public record SpectrumRow(String slug, String name, String model, String modelName, boolean reference,
		List<AxisRating> axes) {

	/**
	 * Its rating on one axis.
	 * @param axis the axis
	 * @return the rating
	 */
	public AxisRating on(Axis axis) {
		return this.axes.get(axis.ordinal());
	}

	/**
	 * Its page: the profile of an organisation, the page of a model.
	 * @return the site-relative address
	 */
	public String address() {
		return (this.reference ? "/models/" : "/projects/") + this.slug;
	}

	/**
	 * The ratings in axis order, for a chart.
	 * @return the ratings
	 */
	public List<Integer> ratings() {
		return this.axes.stream().map(AxisRating::rating).toList();
	}

	/**
	 * How many of its references are primary, over all axes, each reference once.
	 * @return the count
	 */
	public long primaryReferences() {
		return this.axes.stream()
			.flatMap((rating) -> rating.references().stream())
			.distinct()
			.filter(ReferenceLink::primary)
			.count();
	}

	/**
	 * How many references it rests on, over all axes, each once.
	 * @return the count
	 */
	public long references() {
		return this.axes.stream().flatMap((rating) -> rating.references().stream()).distinct().count();
	}

}
