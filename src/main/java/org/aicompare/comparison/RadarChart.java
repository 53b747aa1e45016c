package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The geometry of a radar chart of model ratings, for an inline SVG drawn on the server:
 * one axis per dimension clockwise from the top, one ring per rating and one outline per
 * model. Models differ by dash pattern and vertex marker as well as by colour, so the
 * chart never rests on colour alone. Coordinates are strings with one decimal, the same
 * in every locale, so the SVG does not change with the server's language.
 */
public final class RadarChart {

	/** The fewest axes a radar chart can have. */
	public static final int MIN_AXES = 3;

	/** The radius of the outer ring, a rating of 5. */
	static final double RADIUS = 120;

	static final double CENTER_X = 230;

	static final double CENTER_Y = 166;

	private static final int WIDTH = 460;

	private static final int HEIGHT = 332;

	private static final double LABEL_GAP = 14;

	/** Matches the 13px labels the stylesheet sets. */
	private static final double LINE_HEIGHT = 15;

	static final double MARKER_SIZE = 4.5;

	private final List<Axis> axes;

	private final List<Ring> rings;

	private final List<Outline> outlines;

	/**
	 * Lay out a chart.
	 * @param dimensions the axis labels, clockwise from the top
	 * @param series the models, each with one rating per dimension
	 */
	public RadarChart(List<String> dimensions, List<Series> series) {
		int count = dimensions.size();
		if (count < MIN_AXES) {
			throw new IllegalArgumentException("A radar chart needs at least 3 axes, not " + count);
		}
		this.axes = IntStream.range(0, count).mapToObj((i) -> axis(i, count, dimensions.get(i))).toList();
		this.rings = IntStream.rangeClosed(Cell.MIN_RATING, Cell.MAX_RATING).mapToObj((r) -> ring(r, count)).toList();
		this.outlines = series.stream().map((each) -> outline(each, count)).toList();
	}

	/**
	 * The chart of the columns a matrix shows. Each model keeps the mark of its place
	 * among all models, so it looks the same whichever others are shown with it.
	 * @param shown the matrix as shown
	 * @param allModels the slugs of all models, in the site's order
	 * @return the chart
	 */
	public static RadarChart of(Matrix shown, List<String> allModels) {
		List<String> dimensions = shown.rows().stream().map(Matrix.Row::name).toList();
		List<Series> series = new ArrayList<>();
		for (int column = 0; column < shown.models().size(); column++) {
			Matrix.Column model = shown.models().get(column);
			int at = column;
			List<Integer> ratings = shown.rows().stream().map((row) -> row.cells().get(at).rating()).toList();
			series.add(new Series(model.slug(), model.name(), RadarMark.forPlace(allModels.indexOf(model.slug())),
					ratings));
		}
		return new RadarChart(dimensions, series);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public String centerX() {
		return format(CENTER_X);
	}

	public String centerY() {
		return format(CENTER_Y);
	}

	public List<Axis> axes() {
		return this.axes;
	}

	public List<Ring> rings() {
		return this.rings;
	}

	public List<Outline> outlines() {
		return this.outlines;
	}

	private static Axis axis(int index, int count, String label) {
		double angle = angle(index, count);
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		List<String> lines = Arrays.asList(label.split(" "));
		double labelX = CENTER_X + (RADIUS + LABEL_GAP) * cos;
		double labelY = CENTER_Y + (RADIUS + LABEL_GAP) * sin;
		String anchor = (cos > 0.3) ? "start" : (cos < -0.3) ? "end" : "middle";
		double extra = (lines.size() - 1) * LINE_HEIGHT;
		// The first baseline: labels above the centre end at the axis, labels below start
		// there.
		double firstBaseline = (sin < -0.3) ? labelY - extra : (sin > 0.3) ? labelY + 10 : labelY + 4.5 - extra / 2;
		return new Axis(format(CENTER_X + RADIUS * cos), format(CENTER_Y + RADIUS * sin), format(labelX),
				format(firstBaseline), anchor, lines);
	}

	private static Ring ring(int rating, int count) {
		double radius = radius(rating);
		String points = IntStream.range(0, count)
			.mapToObj((i) -> point(angle(i, count), radius))
			.reduce((a, b) -> a + " " + b)
			.orElseThrow();
		// Between the first two axes, where no outline has a vertex.
		double between = angle(0, count) + Math.PI / count;
		double edge = radius * Math.cos(Math.PI / count);
		return new Ring(rating, points, format(CENTER_X + edge * Math.cos(between)),
				format(CENTER_Y + edge * Math.sin(between) + 3.5));
	}

	private static Outline outline(Series series, int count) {
		if (series.ratings().size() != count) {
			throw new IllegalArgumentException(
					series.slug() + " has " + series.ratings().size() + " ratings for " + count + " axes");
		}
		List<String> points = new ArrayList<>();
		List<String> markers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int rating = series.ratings().get(i);
			if (rating < Cell.MIN_RATING || rating > Cell.MAX_RATING) {
				throw new IllegalArgumentException("A rating is from 1 to 5, not " + rating);
			}
			double x = CENTER_X + radius(rating) * Math.cos(angle(i, count));
			double y = CENTER_Y + radius(rating) * Math.sin(angle(i, count));
			points.add(format(x) + "," + format(y));
			markers.add(series.mark().path(x, y, MARKER_SIZE));
		}
		return new Outline(series.slug(), series.name(), series.mark(), String.join(" ", points), markers);
	}

	private static double angle(int index, int count) {
		return -Math.PI / 2 + 2 * Math.PI * index / count;
	}

	private static double radius(int rating) {
		return RADIUS * rating / Cell.MAX_RATING;
	}

	private static String point(double angle, double radius) {
		return format(CENTER_X + radius * Math.cos(angle)) + "," + format(CENTER_Y + radius * Math.sin(angle));
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A model's ratings, in axis order.
	 *
	 * @param slug the model's slug
	 * @param name the model's name
	 * @param mark how its outline is drawn
	 * @param ratings one rating from 1 to 5 per axis
	 */
	public record Series(String slug, String name, RadarMark mark, List<Integer> ratings) {
	}

	/**
	 * An axis from the centre to the outer ring, with its label beyond the end.
	 *
	 * @param x the end's x
	 * @param y the end's y
	 * @param labelX where the label is anchored
	 * @param labelY the baseline of the label's first line
	 * @param anchor the SVG text-anchor
	 * @param lines the label, one word a line
	 */
	public record Axis(String x, String y, String labelX, String labelY, String anchor, List<String> lines) {
	}

	/**
	 * The ring of one rating.
	 *
	 * @param rating the rating
	 * @param points the SVG polygon points
	 * @param labelX where the rating's number goes
	 * @param labelY the number's baseline
	 */
	public record Ring(int rating, String points, String labelX, String labelY) {
	}

	/**
	 * A model's outline.
	 *
	 * @param slug the model's slug
	 * @param name the model's name
	 * @param mark how it is drawn
	 * @param points the SVG polygon points, one per axis
	 * @param markers an SVG path per vertex
	 */
	public record Outline(String slug, String name, RadarMark mark, String points, List<String> markers) {
	}

}
