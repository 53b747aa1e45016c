package org.aicompare.project;

import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.CsvDownload;

/**
 * Every organisation's "For a business" panel as open data: one RFC 4180 CSV row per
 * answer, with the codes of its references and, in the same order, their addresses.
 */
@RestController
class BuyerPanelCsvController {

	static final String[] HEADER = { "organisation", "name", "question", "finding", "text", "as_of", "secondary_only",
			"reference_codes", "reference_addresses" };

	private final BuyerPanels panels;

	BuyerPanelCsvController(BuyerPanels panels) {
		this.panels = panels;
	}

	@GetMapping(path = "/projects/buyer-panel.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		BuyerPanels.Panels all = this.panels.panels();
		return CsvDownload.of("aicompare-buyer-panel.csv", HEADER, (printer) -> {
			for (String slug : all.order()) {
				BuyerPanel panel = all.panel(slug);
				for (BuyerPanel.Row row : panel.rows()) {
					printer.printRecord(slug, panel.name(), row.question().name(), row.finding().name(), row.text(),
							row.asOf(), row.secondaryOnly(),
							row.references().stream().map(ReferenceLink::code).collect(Collectors.joining(";")),
							row.references()
								.stream()
								.map((link) -> (link.address() != null) ? link.address() : "")
								.collect(Collectors.joining(";")));
				}
			}
		});
	}

}
