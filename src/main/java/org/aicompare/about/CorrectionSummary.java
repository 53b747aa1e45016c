package org.aicompare.about;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A correction as plain values, for the about page, the feed and the API.
 *
 * @param code its anchor on {@code /about}
 * @param correctedOn when it was made
 * @param subject the fact or rating it touches
 * @param page the path of the page that shows it
 * @param was what was wrong
 * @param nowReads what it is now
 * @param sources the codes of the references it rests on
 */
public record CorrectionSummary(String code, LocalDate correctedOn, String subject, String page, String was,
		String nowReads, List<String> sources) {

	/**
	 * The site is written in English, whatever language the reader's browser asks for.
	 */
	private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public CorrectionSummary {
		sources = List.copyOf(sources);
	}

	/**
	 * The date as a reader reads it.
	 * @return the date, such as "2 December 2026"
	 */
	public String readerDate() {
		return READER_DATE.format(this.correctedOn);
	}

	/**
	 * The correction's anchor on the about page.
	 * @return the path with its fragment
	 */
	public String anchor() {
		return AboutController.PATH + "#correction-" + this.code;
	}

}
