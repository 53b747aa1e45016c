package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.spectrum.Axis;
import org.aicompare.web.CsvDownload;

/**
 * The decentralization spectrum: every organisation on the five axes in one table,
 * sortable by any axis and filterable by model, with the deployment models as reference
 * rows; and the same table as CSV.
 */
@Controller
class SpectrumController {

	static final String VIEW = "project/spectrum";

	static final String[] HEADER = { "slug", "name", "model", "reference_row", "axis", "rating", "reason", "as_of",
			"secondary_only", "uncertain", "reference_codes", "reference_addresses", "passages" };

	private final Spectra spectra;

	SpectrumController(Spectra spectra) {
		this.spectra = spectra;
	}

	@GetMapping("/spectrum")
	String spectrum(@RequestParam(name = SpectrumSelection.SORT, required = false) String sort,
			@RequestParam(name = SpectrumSelection.MODEL, required = false) String model, Model page) {
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		SpectrumSelection selection = SpectrumSelection.parse(sort, model, spectrum.filterableModels());
		page.addAttribute("page",
				new SpectrumPage(spectrum.axes(), selection.sort(), selection.sortSlug(), selection.model(),
						spectrum.filterableModels(), spectrum.select(selection.model(), selection.sort()),
						spectrum.models()));
		return VIEW;
	}

	@GetMapping(path = "/spectrum.csv", produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(name = SpectrumSelection.SORT, required = false) String sort,
			@RequestParam(name = SpectrumSelection.MODEL, required = false) String model) {
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		SpectrumSelection selection = SpectrumSelection.parse(sort, model, spectrum.filterableModels());
		List<SpectrumRow> rows = new ArrayList<>(spectrum.select(selection.model(), selection.sort()));
		rows.addAll(spectrum.models());
		return CsvDownload.of("aicompare-spectrum.csv", HEADER, (printer) -> {
			for (SpectrumRow row : rows) {
				for (Axis axis : Axis.values()) {
					AxisRating rating = row.on(axis);
					printer.printRecord(row.slug(), row.name(), row.model(), row.reference(), axis.slug(),
							rating.rating(), rating.reason(), rating.asOf(), rating.secondaryOnly(), rating.uncertain(),
							rating.references().stream().map(ReferenceLink::code).collect(Collectors.joining(";")),
							rating.references()
								.stream()
								.map((link) -> (link.address() != null) ? link.address() : "")
								.collect(Collectors.joining(";")),
							rating.passages().stream().map(String::valueOf).collect(Collectors.joining(";")));
				}
			}
		});
	}

	/**
	 * What the spectrum page shows.
	 *
	 * @param axes every axis, in order
	 * @param sort the axis sorted by, or {@code null} for the site's order
	 * @param sortSlug its slug, or an empty string
	 * @param model the model filtered by, or {@code null}
	 * @param models the models that can be filtered by
	 * @param rows the organisations shown, in order
	 * @param references the deployment models' reference rows
	 */
	record SpectrumPage(List<Axis> axes, Axis sort, String sortSlug, String model, List<String> models,
			List<SpectrumRow> rows, List<SpectrumRow> references) {

	}

}
