package org.aicompare.comparison;

import java.util.List;

/**
 * The comparison matrix as a page shows it: model columns in order and one row per
 * dimension with a cell under each column.
 *
 * @param models the columns
 * @param rows the dimensions, in the source's order
 * @author aicompare
 */
public record Matrix(List<Column> models, List<Row> rows) {

	/**
	 * A model column.
	 *
	 * @param slug the model's slug
	 * @param name the model's name
	 */
	public record Column(String slug, String name) {
	}

	/**
	 * A dimension with its cells, one per column.
	 *
	 * @param slug the dimension's slug
	 * @param name the dimension's name
	 * @param passage the passage of the source's table row
	 * @param lowLabel what a rating of 1 means
	 * @param highLabel what a rating of 5 means
	 * @param cells the cells, in column order
	 */
	public record Row(String slug, String name, int passage, String lowLabel, String highLabel, List<Entry> cells) {
	}

	/**
	 * One cell.
	 *
	 * @param model the model's slug
	 * @param text the cell text
	 * @param rating the rating from 1 to 5
	 * @param kind where the text comes from
	 * @param rationale why the rating
	 * @param cites the passages the cell rests on
	 * @param evidence sourced facts that support the rating
	 */
	public record Entry(String model, String text, int rating, CellKind kind, String rationale, List<Integer> cites,
			List<Evidence> evidence) {

		/**
		 * The passage a reader should read first: the first one cited.
		 * @return a passage number
		 */
		public int firstCite() {
			return this.cites.get(0);
		}

	}

	/**
	 * A sourced fact behind a cell.
	 *
	 * @param text the fact
	 * @param sources the codes of its references
	 * @param asOf when it was last checked
	 */
	public record Evidence(String text, List<String> sources, String asOf) {
	}

}
