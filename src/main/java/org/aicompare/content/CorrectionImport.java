package org.aicompare.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aicompare.about.Correction;
import org.aicompare.about.CorrectionRepository;

/**
 * Stores the corrections made in public. Each needs a date, what was wrong and what it is
 * now, the page that shows what it touches, and references that exist; codes are unique,
 * as they are the corrections' anchors.
 */
@Component
class CorrectionImport {

	private final CorrectionRepository corrections;

	CorrectionImport(CorrectionRepository corrections) {
		this.corrections = corrections;
	}

	void save(Content content) {
		Set<String> references = new HashSet<>();
		content.facts().references().forEach((reference) -> references.add(reference.code()));
		Set<String> codes = new HashSet<>();
		int position = 0;
		List<ContentDocuments.Correction> docs = (content.corrections() != null)
				? ContentDocuments.orEmpty(content.corrections().corrections()) : List.of();
		for (ContentDocuments.Correction doc : docs) {
			String where = "Correction " + doc.code();
			if (doc.code() == null || !doc.code().matches("[a-z0-9-]+") || !codes.add(doc.code())) {
				throw new IllegalStateException(
						where + " needs a unique code of lower-case letters, digits and dashes");
			}
			if (isBlank(doc.subject()) || isBlank(doc.was()) || isBlank(doc.now())) {
				throw new IllegalStateException(where + " needs what it touches, what was wrong and what it is now");
			}
			if (doc.page() == null || !doc.page().startsWith("/")) {
				throw new IllegalStateException(where + " needs the path of the page it touches");
			}
			List<String> sources = ContentDocuments.orEmpty(doc.sources());
			if (!references.containsAll(sources)) {
				throw new IllegalStateException(where + " cites unknown references: " + sources);
			}
			this.corrections.save(new Correction(doc.code(), date(doc.date(), where), doc.subject(), doc.page(),
					doc.was(), doc.now(), sources, position++));
		}
	}

	private static LocalDate date(String date, String where) {
		if (date == null) {
			throw new IllegalStateException(where + " needs its date");
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(where + " needs an ISO-8601 date, not " + date, ex);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
