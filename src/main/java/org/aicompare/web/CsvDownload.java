package org.aicompare.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download as the site serves them all: RFC 4180, UTF-8, a header row, and a file
 * name for the browser to save it under.
 */
public final class CsvDownload {

	/** The content type of every CSV download. */
	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private CsvDownload() {
	}

	/**
	 * A CSV download.
	 * @param filename the name to save it under
	 * @param header the column names
	 * @param rows prints the rows
	 * @return the response
	 */
	public static ResponseEntity<String> of(String filename, String[] header, Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(out.toString());
	}

	/**
	 * Prints the rows of a download.
	 */
	@FunctionalInterface
	public interface Rows {

		/**
		 * Print every row.
		 * @param printer where to print them
		 * @throws IOException if printing fails
		 */
		void print(CSVPrinter printer) throws IOException;

	}

}
