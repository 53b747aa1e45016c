package org.aicompare.comparison;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiTerms;
import org.aicompare.web.CsvDownload;
import org.aicompare.web.CsvTerms;

/**
 * The comparison matrix as open data: one RFC 4180 CSV row per dimension and model, with
 * the rating, the kind of text, the rationale and the passages cited, and on every row
 * the content revision and the licence.
 */
@RestController
class MatrixCsvController {

	static final String[] HEADER = { "dimension", "dimension_name", "model", "text", "rating", "kind", "rationale",
			"citations" };

	private final MatrixService matrix;

	private final ApiTerms terms;

	MatrixCsvController(MatrixService matrix, ApiTerms terms) {
		this.matrix = matrix;
		this.terms = terms;
	}

	@GetMapping(path = "/compare.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		Matrix matrix = this.matrix.matrix();
		CsvTerms terms = this.terms.csv();
		return CsvDownload.of("aicompare-matrix.csv", terms.header(HEADER), (printer) -> {
			for (Matrix.Row row : matrix.rows()) {
				for (Matrix.Entry cell : row.cells()) {
					printer.printRecord(terms.row(row.slug(), row.name(), cell.model(), cell.text(), cell.rating(),
							cell.kind().name().toLowerCase(Locale.ROOT), cell.rationale(),
							cell.cites().stream().map(String::valueOf).collect(Collectors.joining(";"))));
				}
			}
		});
	}

}
