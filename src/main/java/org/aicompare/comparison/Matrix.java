package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The comparison matrix as a page shows it: model columns in order and one row per
 * dimension with a cell under each column.
 *
 * @param models the columns
 * @param rows the dimensions, in the source's order
 */
public record Matrix(List<Column> models, List<Row> rows) {

	/**
	 * The slugs of the columns, in order.
	 * @return the model slugs
	 */
	public List<String> slugs() {
		return this.models.stream().map(Column::slug).toList();
	}

	/**
	 * This matrix with only some of its columns, in the order they have here.
	 * @param slugs the slugs of the models to keep
	 * @return the narrower matrix
	 */
	public Matrix only(Collection<String> slugs) {
		List<Column> kept = this.models.stream().filter((column) -> slugs.contains(column.slug())).toList();
		List<Row> narrowed = this.rows.stream()
			.map((row) -> new Row(row.slug(), row.name(), row.passage(), row.question(), row.lowLabel(),
					row.highLabel(), row.cells().stream().filter((cell) -> slugs.contains(cell.model())).toList()))
			.toList();
		return new Matrix(kept, narrowed);
	}

	/**
	 * This matrix with some dimensions moved to the top, in the order given.
	 * @param first the slugs of the dimensions to show first
	 * @return the reordered matrix
	 */
	public Matrix withFirst(List<String> first) {
		List<Row> ordered = new ArrayList<>();
		first.forEach((slug) -> this.rows.stream().filter((row) -> row.slug().equals(slug)).forEach(ordered::add));
		this.rows.stream().filter((row) -> !first.contains(row.slug())).forEach(ordered::add);
		return new Matrix(this.models, ordered);
	}

	/**
	 * A model column.
	 *
	 * @param slug the model's slug
	 * @param name the model's name
	 * @param summary the one-line summary the site adds
	 */
	public record Column(String slug, String name, String summary) {
	}

	/**
	 * A dimension with its cells, one per column.
	 *
	 * @param slug the dimension's slug
	 * @param name the dimension's name
	 * @param passage the passage of the source's table row
	 * @param question the question the dimension answers, written by the site
	 * @param lowLabel what a rating of 1 means
	 * @param highLabel what a rating of 5 means
	 * @param cells the cells, in column order
	 */
	public record Row(String slug, String name, int passage, String question, String lowLabel, String highLabel,
			List<Entry> cells) {
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
	 * @param changedIn the edition its rating last changed in, or {@code null} when it
	 * has not changed since the first
	 */
	public record Entry(String model, String text, int rating, CellKind kind, String rationale, List<Integer> cites,
			List<Evidence> evidence, Integer changedIn) {

		/**
		 * The passage a reader should read first: the first one cited.
		 * @return a passage number
		 */
		public int firstCite() {
			return this.cites.get(0);
		}

		/**
		 * The passages cited after the first, which qualify or support it.
		 * @return passage numbers, possibly none
		 */
		public List<Integer> otherCites() {
			return this.cites.subList(1, this.cites.size());
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
