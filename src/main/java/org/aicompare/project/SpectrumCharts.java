package org.aicompare.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.aicompare.comparison.RadarChart;
import org.aicompare.comparison.RadarMark;
import org.aicompare.spectrum.Axis;

/**
 * Draws spectrum rows as a radar chart of the five axes, one outline per row, each with
 * its own line pattern and vertex shape. The chart repeats what the rows' table says; it
 * never carries a fact alone.
 */
@Component
class SpectrumCharts {

	private final MessageSource messages;

	SpectrumCharts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The chart of some rows.
	 * @param rows the rows, each drawn with the mark of its place
	 * @return the chart
	 */
	RadarChart of(List<SpectrumRow> rows) {
		List<String> labels = Arrays.stream(Axis.values())
			.map((axis) -> this.messages.getMessage("spectrum.axis." + axis.slug() + ".name", null,
					LocaleContextHolder.getLocale()))
			.toList();
		List<RadarChart.Series> series = new ArrayList<>();
		RadarMark[] marks = RadarMark.values();
		for (int i = 0; i < rows.size(); i++) {
			SpectrumRow row = rows.get(i);
			series.add(new RadarChart.Series(row.slug(), row.name(), marks[i % marks.length], row.ratings()));
		}
		return new RadarChart(labels, series);
	}

}
