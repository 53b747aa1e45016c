package org.aicompare.comparison;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import org.aicompare.web.ApiTerms;
import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link MatrixCsvController}.
 */
@Import({ SecurityConfiguration.class, ApiTerms.class, PageCitations.class })
@WebMvcTest(MatrixCsvController.class)
class MatrixCsvControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MatrixService matrix;

	@BeforeEach
	void matrix() {
		given(this.matrix.matrix()).willReturn(new Matrix(
				List.of(new Matrix.Column("centralized", "Centralized AI", "One company runs it."),
						new Matrix.Column("hybrid", "Hybrid AI", "Both.")),
				List.of(new Matrix.Row("control", "Control", 36, "Who decides?", "One", "Many",
						List.of(new Matrix.Entry("centralized", "Single organization", 1, CellKind.QUOTED,
								"One company controls the roadmap, and \"policies\" change.", List.of(36, 14),
								List.of(), null),
								new Matrix.Entry("hybrid", "Shared, with a line\nbreak", 3, CellKind.SOURCED_FACT,
										"Ein Kompromiss: größer.", List.of(201), List.of(), null))))));
	}

	@Test
	void downloadsTheMatrixAsAUtf8CsvAttachment() {
		assertThat(this.mvc.get().uri("/compare.csv")).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aicompare-matrix.csv\"");
	}

	@Test
	void writesOneRowPerDimensionAndModelThatParsesBackWithCommasQuotesAndLineBreaks() throws IOException {
		String body = this.mvc.get()
			.uri("/compare.csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body)
			.startsWith(
					"dimension,dimension_name,model,text,rating,kind,rationale,citations,content_revision,licence\r\n")
			.contains("\"One company controls the roadmap, and \"\"policies\"\" change.\"");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).toMap()).containsEntry("dimension", "control")
			.containsEntry("dimension_name", "Control")
			.containsEntry("model", "centralized")
			.containsEntry("rating", "1")
			.containsEntry("kind", "quoted")
			.containsEntry("rationale", "One company controls the roadmap, and \"policies\" change.")
			.containsEntry("citations", "36;14")
			.containsEntry("content_revision", "unknown");
		assertThat(rows.get(0).get("licence")).startsWith("CC BY 4.0");
		assertThat(rows.get(1).toMap()).containsEntry("text", "Shared, with a line\nbreak")
			.containsEntry("kind", "sourced_fact")
			.containsEntry("rationale", "Ein Kompromiss: größer.")
			.containsEntry("citations", "201");
	}

}
