package org.aicompare.project;

import java.util.List;

/**
 * An organisation's stated-versus-actual panel: its own words beside what the sources
 * show, and the gap between them.
 *
 * @param says what it says of itself, in its own words
 * @param saysReferences where it says so
 * @param shows what its own documents or other sources show
 * @param showsReferences where they show it
 * @param gap the size of the gap
 * @param reason why the gap is that size
 * @param asOf the date the panel holds for
 * @param uncertain whether the notes mark the reading as uncertain
 */
public record StatedVersusActual(String says, List<ReferenceLink> saysReferences, String shows,
		List<ReferenceLink> showsReferences, Gap gap, String reason, String asOf, boolean uncertain) {

	/**
	 * Whether what the sources show rests only on secondary references.
	 * @return {@code true} if none of its references is primary
	 */
	public boolean secondaryOnly() {
		return !this.showsReferences.isEmpty() && this.showsReferences.stream().noneMatch(ReferenceLink::primary);
	}

}
