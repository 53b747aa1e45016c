package org.aicompare.source;

/**
 * One passage of the source text as plain values: as parsed, before it is stored, and as
 * the pages that quote it show it.
 *
 * @param number the passage number, from 1 in reading order
 * @param kind what the passage is
 * @param text the text the site shows
 * @param original the passage exactly as the source has it
 * @param repair what was repaired for display, or {@code null}
 * @param section the heading the passage stands under
 * @author aicompare
 */
public record SourcePassage(int number, PassageKind kind, String text, String original, String repair, String section) {

	/**
	 * This passage under another section heading, as when that heading was repaired.
	 * @param section the heading text
	 * @return the passage in that section
	 */
	public SourcePassage inSection(String section) {
		return new SourcePassage(this.number, this.kind, this.text, this.original, this.repair, section);
	}

	/**
	 * Whether something was repaired for display.
	 * @return {@code true} when the passage carries a repair note
	 */
	public boolean repaired() {
		return this.repair != null;
	}

	SourcePassage joinedWith(String nextLine, String note) {
		return new SourcePassage(this.number, this.kind, this.text + nextLine.strip(), this.original + "\n" + nextLine,
				note, this.section);
	}

}
