package org.aicompare.spectrum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One axis of the decentralization spectrum. Each is rated from 1 (one company holds it)
 * to 5 (spread across an open network that anyone may join); its name and question are in
 * {@code messages.properties} under {@code spectrum.axis.<slug>}.
 */
public enum Axis {

	/** Who runs the hardware that does the AI work. */
	COMPUTE,

	/** Where a user's data goes and who controls it. */
	DATA,

	/** Who trains the models; whether the weights are open and under what terms. */
	MODELS,

	/** Who can change the rules in practice, not only on paper. */
	GOVERNANCE,

	/** Who owns the organisation or the network's token, and who the rewards go to. */
	OWNERSHIP;

	/** The lowest rating: one company holds it. */
	public static final int MIN_RATING = 1;

	/** The highest rating: spread across an open network that anyone may join. */
	public static final int MAX_RATING = 5;

	/**
	 * The axis's name in URLs and content files ({@code governance}).
	 * @return the slug
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The axis a slug names.
	 * @param slug a slug such as {@code compute}
	 * @return the axis, or empty for an unknown slug
	 */
	public static Optional<Axis> fromSlug(String slug) {
		return Arrays.stream(values()).filter((axis) -> axis.slug().equals(slug)).findFirst();
	}

}
