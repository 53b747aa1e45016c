package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;

/**
 * The decentralization spectrum as JSON: every organisation on the five axes, with its
 * stated-versus-actual panel, and the deployment models' reference rows.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Spectrum", description = "Who holds what: every organisation on five axes, with its evidence.")
class SpectrumApiController {

	private final Spectra spectra;

	private final ApiTerms terms;

	SpectrumApiController(Spectra spectra, ApiTerms terms) {
		this.spectra = spectra;
		this.terms = terms;
	}

	@GetMapping("/spectrum")
	@Operation(summary = "The decentralization spectrum",
			description = "Every organisation on five axes (compute, data, models, governance, ownership), each rated from 1 (one company holds it) to 5 (spread across an open network that anyone may join) with its reason and references, then the three deployment models as reference rows.")
	@ApiResponse(responseCode = "200", description = "The spectrum")
	@ApiResponse(responseCode = "400", description = "A sort axis or model is not valid",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ApiList<SpectrumApi.Row> spectrum(@Parameter(
			description = "Sort the organisations by this axis, most spread out first: compute, data, models, governance or ownership.",
			example = "governance") @RequestParam(name = SpectrumSelection.SORT, required = false) String sort,
			@Parameter(description = "Only the organisations of this model: centralized or decentralized.",
					example = "decentralized") @RequestParam(name = SpectrumSelection.MODEL,
							required = false) String model) {
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		SpectrumSelection selection = SpectrumSelection.parse(sort, model, spectrum.filterableModels());
		List<SpectrumApi.Row> rows = new ArrayList<>();
		spectrum.select(selection.model(), selection.sort())
			.forEach((row) -> rows.add(SpectrumApi.Row.of(row, spectrum.statedOf(row.slug()))));
		spectrum.models().forEach((row) -> rows.add(SpectrumApi.Row.of(row, null)));
		return this.terms.list(rows, "/spectrum", "/spectrum");
	}

}
