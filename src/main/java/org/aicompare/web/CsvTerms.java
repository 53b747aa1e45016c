package org.aicompare.web;

import java.util.Arrays;

/**
 * The columns every CSV download ends with, on every row: the content revision the data
 * comes from and the licence it may be reused under, so a row copied out of its file
 * still says both.
 *
 * @param revision the content revision, or "unknown" before the first import
 * @param licence the terms the data may be reused under
 */
public record CsvTerms(String revision, String licence) {

	/** The names of the columns these terms add. */
	static final String[] COLUMNS = { "content_revision", "licence" };

	/**
	 * A download's header with the terms' columns after its own.
	 * @param header the download's own column names
	 * @return all column names
	 */
	public String[] header(String... header) {
		String[] all = Arrays.copyOf(header, header.length + COLUMNS.length);
		System.arraycopy(COLUMNS, 0, all, header.length, COLUMNS.length);
		return all;
	}

	/**
	 * A row with the terms after its own values.
	 * @param values the row's own values
	 * @return all values
	 */
	public Object[] row(Object... values) {
		Object[] all = Arrays.copyOf(values, values.length + 2);
		all[values.length] = this.revision;
		all[values.length + 1] = this.licence;
		return all;
	}

}
