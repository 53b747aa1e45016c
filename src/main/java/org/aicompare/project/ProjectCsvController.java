package org.aicompare.project;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiTerms;
import org.aicompare.web.CsvDownload;
import org.aicompare.web.CsvTerms;

/**
 * The organisations as open data: one RFC 4180 CSV row per organisation with its model,
 * the site's summary, the products the source names and its sourced facts, each with its
 * references and date, and on every row the content revision and the licence.
 */
@RestController
class ProjectCsvController {

	/** Between two facts in the facts column. */
	static final String FACT_SEPARATOR = " | ";

	static final String[] HEADER = { "slug", "name", "model", "summary", "products", "facts" };

	private final OrganisationRepository organisations;

	private final ApiTerms terms;

	ProjectCsvController(OrganisationRepository organisations, ApiTerms terms) {
		this.organisations = organisations;
		this.terms = terms;
	}

	@GetMapping(path = "/projects.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		List<Organisation> organisations = this.organisations.findAllProfiles();
		CsvTerms terms = this.terms.csv();
		return CsvDownload.of("aicompare-organisations.csv", terms.header(HEADER), (printer) -> {
			for (Organisation organisation : organisations) {
				printer.printRecord(terms.row(organisation.getSlug(), organisation.getName(),
						organisation.getModel().getSlug(), organisation.getSummary(),
						organisation.getProducts().stream().map(Product::getName).collect(Collectors.joining(";")),
						organisation.getFacts()
							.stream()
							.map(ProjectCsvController::fact)
							.collect(Collectors.joining(FACT_SEPARATOR))));
			}
		});
	}

	/**
	 * One fact as a citer needs it: its topic, its text, its references and its date.
	 */
	static String fact(Fact fact) {
		String date = (fact.isCheckedOnly() ? "checked " : "as of ") + fact.getAsOf();
		return fact.getTopic().name().toLowerCase(Locale.ROOT) + ": " + fact.getText() + " ["
				+ String.join(";", fact.getSources()) + "] (" + date + ((fact.isUncertain()) ? ", uncertain" : "")
				+ ")";
	}

}
