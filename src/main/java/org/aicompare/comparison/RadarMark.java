package org.aicompare.comparison;

import java.util.Locale;

/**
 * How a model's outline on a {@link RadarChart} is drawn: a dash pattern and a vertex
 * shape, so outlines are told apart without colour.
 */
public enum RadarMark {

	/** A solid line with round vertices. */
	SOLID_CIRCLES("none"),

	/** A dashed line with square vertices. */
	DASHED_SQUARES("10 5"),

	/** A dotted line with triangular vertices. */
	DOTTED_TRIANGLES("3 4");

	private final String dashArray;

	RadarMark(String dashArray) {
		this.dashArray = dashArray;
	}

	static RadarMark forPlace(int place) {
		return values()[Math.max(place, 0) % values().length];
	}

	/**
	 * The SVG stroke-dasharray.
	 * @return the dash pattern
	 */
	public String getDashArray() {
		return this.dashArray;
	}

	/**
	 * The index of the mark, for the style sheet's colour classes.
	 * @return 0, 1 or 2
	 */
	public int getIndex() {
		return ordinal();
	}

	/**
	 * The vertex shape for the legend, centred in a 44 by 14 box.
	 * @return an SVG path
	 */
	public String getLegendMarker() {
		return path(22, 7, RadarChart.MARKER_SIZE);
	}

	/**
	 * The vertex shape at a point.
	 * @param x the centre's x
	 * @param y the centre's y
	 * @param size half the shape's width
	 * @return an SVG path
	 */
	String path(double x, double y, double size) {
		return switch (this) {
			case SOLID_CIRCLES ->
				String.format(Locale.ROOT, "M%.1f,%.1fa%.1f,%.1f 0 1,0 %.1f,0a%.1f,%.1f 0 1,0 %.1f,0Z", x - size, y,
						size, size, 2 * size, size, size, -2 * size);
			case DASHED_SQUARES -> String.format(Locale.ROOT, "M%.1f,%.1fh%.1fv%.1fh%.1fZ", x - size, y - size,
					2 * size, 2 * size, -2 * size);
			case DOTTED_TRIANGLES -> String.format(Locale.ROOT, "M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fZ", x, y - size * 1.2,
					x + size * 1.1, y + size * 0.8, x - size * 1.1, y + size * 0.8);
		};
	}

}
