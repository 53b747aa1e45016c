package org.aicompare.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RadarChart}.
 */
class RadarChartTests {

	private static final List<String> DIMENSIONS = List.of("Control", "Transparency", "Data Ownership", "Scalability",
			"Security", "Innovation Speed", "Cost Efficiency", "Governance");

	@Test
	void ratingFiveOnTheFirstAxisIsAtTheTop() {
		RadarChart chart = chart(5, 1, 1, 1, 1, 1, 1, 1);
		String top = points(chart.outlines().get(0))[0];
		assertThat(top).isEqualTo(RadarChart.format(RadarChart.CENTER_X) + ","
				+ RadarChart.format(RadarChart.CENTER_Y - RadarChart.RADIUS));
		assertThat(chart.axes().get(0).x()).isEqualTo(RadarChart.format(RadarChart.CENTER_X));
		assertThat(chart.axes().get(0).y()).isEqualTo(RadarChart.format(RadarChart.CENTER_Y - RadarChart.RADIUS));
	}

	@Test
	void ratingOneLiesOnTheInnerRingAndFiveOnTheOuterRing() {
		RadarChart ones = chart(1, 1, 1, 1, 1, 1, 1, 1);
		RadarChart fives = chart(5, 5, 5, 5, 5, 5, 5, 5);
		assertThat(ones.rings().get(0).rating()).isEqualTo(1);
		assertThat(ones.outlines().get(0).points()).isEqualTo(ones.rings().get(0).points());
		assertThat(fives.outlines().get(0).points()).isEqualTo(fives.rings().get(4).points());
	}

	@Test
	void hasOneRingPerRatingAndOneAxisPerDimension() {
		RadarChart chart = chart(1, 2, 3, 4, 5, 4, 3, 2);
		assertThat(chart.rings()).extracting(RadarChart.Ring::rating).containsExactly(1, 2, 3, 4, 5);
		assertThat(chart.axes()).hasSize(DIMENSIONS.size());
	}

	@Test
	void eachOutlineHasOnePointAndOneMarkerPerDimension() {
		RadarChart chart = chart(1, 2, 3, 4, 5, 4, 3, 2);
		RadarChart.Outline outline = chart.outlines().get(0);
		assertThat(points(outline)).hasSize(DIMENSIONS.size());
		assertThat(outline.markers()).hasSize(DIMENSIONS.size());
	}

	@Test
	void coordinatesHaveOneDecimalWithAPointWhateverTheLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			RadarChart chart = chart(1, 2, 3, 4, 5, 4, 3, 2);
			assertThat(points(chart.outlines().get(0)))
				.allSatisfy((point) -> assertThat(point).matches("\\d+\\.\\d,\\d+\\.\\d"));
			assertThat(chart.rings().get(2).points().split(" "))
				.allSatisfy((point) -> assertThat(point).matches("\\d+\\.\\d,\\d+\\.\\d"));
			assertThat(chart.outlines().get(0).markers())
				.allSatisfy((marker) -> assertThat(marker).doesNotContain(";").matches("M[\\d.,\\-a-zA-Z ]+Z"));
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void labelsStandBeyondTheirAxisOnTheSideTheyPointTo() {
		RadarChart chart = chart(1, 1, 1, 1, 1, 1, 1, 1);
		assertThat(chart.axes().get(0).anchor()).isEqualTo("middle");
		assertThat(chart.axes().get(2).anchor()).isEqualTo("start");
		assertThat(chart.axes().get(6).anchor()).isEqualTo("end");
		assertThat(Double.parseDouble(chart.axes().get(0).labelY()))
			.isLessThan(RadarChart.CENTER_Y - RadarChart.RADIUS);
		assertThat(chart.axes().get(5).lines()).containsExactly("Innovation", "Speed");
	}

	@Test
	void aModelKeepsItsMarkWhicheverModelsAreShown() {
		Matrix matrix = new Matrix(
				List.of(new Matrix.Column("centralized", "Centralized AI", "One company."),
						new Matrix.Column("hybrid", "Hybrid AI", "Both.")),
				DIMENSIONS.stream()
					.map((name) -> new Matrix.Row(name, name, 36, "Why?", "low", "high",
							List.of(entry("centralized", 2), entry("hybrid", 4))))
					.toList());
		RadarChart chart = RadarChart.of(matrix, List.of("centralized", "decentralized", "hybrid"));
		assertThat(chart.outlines()).extracting(RadarChart.Outline::mark)
			.containsExactly(RadarMark.SOLID_CIRCLES, RadarMark.DOTTED_TRIANGLES);
		assertThat(chart.outlines().get(1).points()).isEqualTo(chart.rings().get(3).points());
	}

	@Test
	void marksDifferByDashPatternAndShapeNotOnlyByColour() {
		assertThat(Arrays.stream(RadarMark.values()).map(RadarMark::getDashArray).distinct()).hasSize(3);
		assertThat(Arrays.stream(RadarMark.values()).map(RadarMark::getLegendMarker).distinct()).hasSize(3);
		assertThat(RadarMark.SOLID_CIRCLES.getLegendMarker()).contains("a");
		assertThat(RadarMark.DASHED_SQUARES.getLegendMarker()).contains("h", "v");
		assertThat(RadarMark.DOTTED_TRIANGLES.getLegendMarker()).contains("L");
	}

	@Test
	void rejectsRatingsOutsideTheScaleOrOfTheWrongCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> chart(0, 1, 1, 1, 1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> chart(6, 1, 1, 1, 1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RadarChart(DIMENSIONS, List
			.of(new RadarChart.Series("centralized", "Centralized AI", RadarMark.SOLID_CIRCLES, List.of(1, 2)))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RadarChart(List.of("Control", "Security"), List.of()));
	}

	private static RadarChart chart(Integer... ratings) {
		return new RadarChart(DIMENSIONS, List
			.of(new RadarChart.Series("centralized", "Centralized AI", RadarMark.SOLID_CIRCLES, List.of(ratings))));
	}

	private static String[] points(RadarChart.Outline outline) {
		return outline.points().split(" ");
	}

	private static Matrix.Entry entry(String model, int rating) {
		return new Matrix.Entry(model, "Text", rating, CellKind.QUOTED, "Why", List.of(36), List.of(), null);
	}

}
