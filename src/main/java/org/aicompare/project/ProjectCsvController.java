package org.aicompare.project;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations as open data: one RFC 4180 CSV row per organisation with its model,
 * the site's summary, the products the source names and how many sourced facts it has.
 *
 * @author aicompare
 */
@RestController
class ProjectCsvController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final String[] HEADER = { "slug", "name", "model", "summary", "products", "facts" };

	private final OrganisationRepository organisations;

	ProjectCsvController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@GetMapping(path = "/projects.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aicompare-organisations.csv\"")
			.body(csv(this.organisations.findAllProfiles()));
	}

	private static String csv(List<Organisation> organisations) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (Organisation organisation : organisations) {
				printer.printRecord(organisation.getSlug(), organisation.getName(), organisation.getModel().getSlug(),
						organisation.getSummary(),
						organisation.getProducts().stream().map(Product::getName).collect(Collectors.joining(";")),
						organisation.getFacts().size());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
