package org.aicompare.project;

import java.util.List;

import org.aicompare.spectrum.Axis;

/**
 * Where something stands on one axis of the spectrum, and why, as the pages, the API and
 * the CSV show it.
 *
 * @param axis the axis
 * @param rating from 1 (one company holds it) to 5 (spread across an open network)
 * @param reason why, in a sentence or two
 * @param references the references it rests on, for an organisation
 * @param passages the passages of the source it rests on, for a deployment model
 * @param asOf the date its facts hold for
 * @param uncertain whether it rests on a fact the notes mark uncertain or could not find
 */
public record AxisRating(Axis axis, int rating, String reason, List<ReferenceLink> references, List<Integer> passages,
		String asOf, boolean uncertain) {

	/**
	 * Whether it rests only on secondary references, which the pages say.
	 * @return {@code true} if it has references and none is primary
	 */
	public boolean secondaryOnly() {
		return !this.references.isEmpty() && this.references.stream().noneMatch(ReferenceLink::primary);
	}

	/**
	 * How many of its references are primary.
	 * @return the count
	 */
	public long primaryCount() {
		return this.references.stream().filter(ReferenceLink::primary).count();
	}

}
