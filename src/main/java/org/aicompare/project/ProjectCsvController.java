package org.aicompare.project;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.CsvDownload;

/**
 * The organisations as open data: one RFC 4180 CSV row per organisation with its model,
 * the site's summary, the products the source names and how many sourced facts it has.
 */
@RestController
class ProjectCsvController {

	static final String[] HEADER = { "slug", "name", "model", "summary", "products", "facts" };

	private final OrganisationRepository organisations;

	ProjectCsvController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@GetMapping(path = "/projects.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		List<Organisation> organisations = this.organisations.findAllProfiles();
		return CsvDownload.of("aicompare-organisations.csv", HEADER, (printer) -> {
			for (Organisation organisation : organisations) {
				printer.printRecord(organisation.getSlug(), organisation.getName(), organisation.getModel().getSlug(),
						organisation.getSummary(),
						organisation.getProducts().stream().map(Product::getName).collect(Collectors.joining(";")),
						organisation.getFacts().size());
			}
		});
	}

}
