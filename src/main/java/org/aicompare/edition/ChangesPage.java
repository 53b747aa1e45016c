package org.aicompare.edition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code /changes} shows: every edition, newest first, with its summary, the
 * challenges it answers and its changes grouped by the page that shows them.
 *
 * @param editions the editions, newest first
 */
public record ChangesPage(List<Entry> editions) {

	private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static ChangesPage of(List<EditionView> editions) {
		return new ChangesPage(editions.stream()
			.map((edition) -> new Entry(edition.number(), edition.publishedOn(), readerDate(edition.publishedOn()),
					edition.summary(), edition.first(), edition.answers(), groups(edition.changes())))
			.toList());
	}

	/**
	 * A day as a reader reads it.
	 * @param day the day
	 * @return such as "2 December 2026"
	 */
	public static String readerDate(LocalDate day) {
		return day.format(READER_DATE);
	}

	/**
	 * Changes grouped by the page that shows them, in the order they come.
	 * @param changes the changes
	 * @return the groups
	 */
	static List<Group> groups(List<EditionChange> changes) {
		Map<String, List<Line>> byPage = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		for (EditionChange change : changes) {
			byPage.computeIfAbsent(change.page(), (page) -> new ArrayList<>()).add(Line.of(change));
			titles.putIfAbsent(change.page(), change.pageTitle());
		}
		List<Group> groups = new ArrayList<>();
		byPage.forEach((page, lines) -> groups.add(new Group(section(page), titles.get(page), page, lines)));
		return groups;
	}

	private static String section(String page) {
		if (page.startsWith("/compare")) {
			return "matrix";
		}
		if (page.startsWith("/projects/")) {
			return "profile";
		}
		if (page.startsWith("/hybrid/")) {
			return "pattern";
		}
		if (page.startsWith("/spectrum")) {
			return "spectrum";
		}
		return "references";
	}

	/**
	 * A change with the edition it was made in, as a profile, a pattern or an old advisor
	 * result lists it.
	 *
	 * @param number the edition's number
	 * @param publishedOn when the edition was published
	 * @param date that day as a reader reads it
	 * @param line the change
	 */
	public record OwnChange(int number, LocalDate publishedOn, String date, Line line) {

		static OwnChange of(EditionView edition, EditionChange change) {
			return new OwnChange(edition.number(), edition.publishedOn(), readerDate(edition.publishedOn()),
					Line.of(change));
		}

	}

	/**
	 * One edition.
	 *
	 * @param number its number
	 * @param publishedOn when it was published
	 * @param date that day as a reader reads it
	 * @param summary what the editors wrote, empty when they wrote nothing
	 * @param first whether it is the first edition
	 * @param answers the challenges it answers
	 * @param groups its changes by page
	 */
	public record Entry(int number, LocalDate publishedOn, String date, String summary, boolean first,
			List<Long> answers, List<Group> groups) {
	}

	/**
	 * The changes one page shows.
	 *
	 * @param section what kind of page: matrix, profile, pattern, spectrum or references
	 * @param title the page's or the row's name
	 * @param path the page's address
	 * @param lines the changes
	 */
	public record Group(String section, String title, String path, List<Line> lines) {
	}

	/**
	 * One change, ready for its sentence.
	 *
	 * @param kind rating, fact, reference or pattern
	 * @param type added, removed or changed
	 * @param subject what it is about
	 * @param from the value before, empty when added
	 * @param to the value now, empty when removed
	 * @param reason the reason given, empty when none
	 */
	public record Line(EditionItem.Kind kind, EditionChange.Type type, String subject, String from, String to,
			String reason) {

		static Line of(EditionChange change) {
			return new Line(change.kind(), change.type(), change.subject(), orEmpty(change.from()),
					orEmpty(change.to()), orEmpty(change.reason()));
		}

		private static String orEmpty(String value) {
			return (value != null) ? value : "";
		}

	}

}
