package org.aicompare.comparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison matrix as open data: one RFC 4180 CSV row per dimension and model, with
 * the rating, the kind of text, the rationale and the passages cited.
 *
 * @author aicompare
 */
@RestController
class MatrixCsvController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final String[] HEADER = { "dimension", "dimension_name", "model", "text", "rating", "kind", "rationale",
			"citations" };

	private final MatrixService matrix;

	MatrixCsvController(MatrixService matrix) {
		this.matrix = matrix;
	}

	@GetMapping(path = "/compare.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aicompare-matrix.csv\"")
			.body(csv(this.matrix.matrix()));
	}

	private static String csv(Matrix matrix) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (Matrix.Row row : matrix.rows()) {
				for (Matrix.Entry cell : row.cells()) {
					printer.printRecord(row.slug(), row.name(), cell.model(), cell.text(), cell.rating(),
							cell.kind().name().toLowerCase(Locale.ROOT), cell.rationale(),
							cell.cites().stream().map(String::valueOf).collect(Collectors.joining(";")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
