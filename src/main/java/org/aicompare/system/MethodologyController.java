package org.aicompare.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aicompare.comparison.DimensionRepository;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.priority.AdvisorData;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.PageCitations;
import org.aicompare.web.SiteProperties;

/**
 * How the comparison is made: what it is built on, how ratings and kinds of text are
 * decided, what was repaired in the source, what is not paid for and when the content
 * last changed.
 */
@Controller
class MethodologyController {

	static final String VIEW = "system/methodology";

	/**
	 * The site is written in English, whatever language the reader's browser asks for.
	 */
	private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final DimensionRepository dimensions;

	private final PassageRepository passages;

	private final ContentVersionRepository versions;

	private final ContentChangeRepository changes;

	private final SiteProperties site;

	private final AdvisorData advisorData;

	private final PageCitations citations;

	MethodologyController(DimensionRepository dimensions, PassageRepository passages, ContentVersionRepository versions,
			ContentChangeRepository changes, SiteProperties site, AdvisorData advisorData, PageCitations citations) {
		this.site = site;
		this.advisorData = advisorData;
		this.citations = citations;
		this.dimensions = dimensions;
		this.passages = passages;
		this.versions = versions;
		this.changes = changes;
	}

	@GetMapping("/methodology")
	String methodology(Model model) {
		model.addAttribute("dimensions", this.dimensions.findAllByOrderByPosition());
		model.addAttribute("repairs", this.passages.findByRepairIsNotNullOrderByNumber());
		model.addAttribute("priorities", this.advisorData.load().priorities());
		String version = this.versions.current().getVersion();
		model.addAttribute("version", readerDate(version));
		model.addAttribute("contentVersion", version);
		model.addAttribute("siteUrl", this.site.baseUrl());
		model.addAttribute("citation", this.citations.of("/methodology"));
		model.addAttribute("changes",
				this.changes.findAllByOrderByChangedOnDescIdDesc()
					.stream()
					.map((change) -> new Change(READER_DATE.format(change.getChangedOn()), change.getSummary()))
					.toList());
		return VIEW;
	}

	/**
	 * The content version as a reader reads a date; a version that is not a date is shown
	 * as it is.
	 */
	private static String readerDate(String version) {
		if (version == null) {
			return null;
		}
		try {
			return READER_DATE.format(LocalDate.parse(version));
		}
		catch (DateTimeParseException ex) {
			return version;
		}
	}

	/**
	 * One entry of the change log, dated for readers.
	 *
	 * @param date the date, such as "24 November 2026"
	 * @param summary what changed
	 */
	record Change(String date, String summary) {
	}

}
