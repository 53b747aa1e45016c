package org.aicompare.article;

import java.util.List;

import org.aicompare.source.SourcePassage;
import org.aicompare.source.PassageKind;

/**
 * A paragraph, a bulleted list or a table of an article, made of consecutive passages of
 * the same kind.
 *
 * @param type what the block is
 * @param passages its passages: one for a paragraph, the items of a list, the rows of a
 * table
 * @param completion the items the site adds where the source left a list empty
 * @author aicompare
 */
public record ArticleBlock(Type type, List<SourcePassage> passages, List<SourcePassage> completion) {

	/**
	 * The cells of a table's first row, its column headings.
	 * @return the header cells
	 */
	public List<String> header() {
		return cells(this.passages.get(0));
	}

	/**
	 * The rows of a table below its header.
	 * @return the rows
	 */
	public List<Row> rows() {
		return this.passages.subList(1, this.passages.size())
			.stream()
			.map((passage) -> new Row(passage, cells(passage)))
			.toList();
	}

	private static List<String> cells(SourcePassage row) {
		String text = row.text().strip().replaceAll("^\\||\\|$", "");
		return List.of(text.split("\\|")).stream().map(String::strip).toList();
	}

	/**
	 * One row of a table below its header.
	 *
	 * @param passage the row's passage
	 * @param cells its cells
	 */
	public record Row(SourcePassage passage, List<String> cells) {
	}

	/**
	 * What kind of block a passage starts.
	 */
	public enum Type {

		/** Running text. */
		PARAGRAPH,

		/** A bulleted list. */
		LIST,

		/** A table. */
		TABLE;

		static Type of(PassageKind kind) {
			return switch (kind) {
				case LIST_ITEM -> LIST;
				case TABLE_ROW -> TABLE;
				default -> PARAGRAPH;
			};
		}

	}

}
