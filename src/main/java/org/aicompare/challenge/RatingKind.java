package org.aicompare.challenge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of rating a reader can challenge, each named in a {@link RatingKey} by its
 * slug.
 */
public enum RatingKind {

	/** A cell of the matrix: a deployment model on a dimension. */
	MATRIX,

	/** An organisation's rating on a dimension. */
	ORGANISATION,

	/** An organisation's or a deployment model's position on a spectrum axis. */
	SPECTRUM,

	/** A hybrid pattern's rating on a dimension. */
	PATTERN;

	/**
	 * The kind's name in a rating key.
	 * @return such as {@code matrix}
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<RatingKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug().equals(slug)).findFirst();
	}

}
