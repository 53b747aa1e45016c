package org.aicompare.project;

import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.ApiTerms;
import org.aicompare.web.CsvDownload;
import org.aicompare.web.CsvTerms;

/**
 * Every organisation's "For a business" panel as open data: one RFC 4180 CSV row per
 * answer, with the codes of its references and, in the same order, their addresses, and
 * on every row the content revision and the licence.
 */
@RestController
class BuyerPanelCsvController {

	static final String[] HEADER = { "organisation", "name", "question", "finding", "text", "as_of", "secondary_only",
			"reference_codes", "reference_addresses" };

	private final BuyerPanels panels;

	private final ApiTerms terms;

	BuyerPanelCsvController(BuyerPanels panels, ApiTerms terms) {
		this.panels = panels;
		this.terms = terms;
	}

	@GetMapping(path = "/projects/buyer-panel.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		BuyerPanels.Panels all = this.panels.panels();
		CsvTerms terms = this.terms.csv();
		return CsvDownload.of("aicompare-buyer-panel.csv", terms.header(HEADER), (printer) -> {
			for (String slug : all.order()) {
				BuyerPanel panel = all.panel(slug);
				for (BuyerPanel.Row row : panel.rows()) {
					printer.printRecord(terms.row(slug, panel.name(), row.question().name(), row.finding().name(),
							row.text(), row.asOf(), row.secondaryOnly(),
							row.references().stream().map(ReferenceLink::code).collect(Collectors.joining(";")),
							row.references()
								.stream()
								.map((link) -> (link.address() != null) ? link.address() : "")
								.collect(Collectors.joining(";"))));
				}
			}
		});
	}

}
