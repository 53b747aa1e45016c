package org.aicompare.project;

import java.util.List;

/**
 * An organisation's "For a business" panel: what happens to a business's data, where it
 * runs, what is published, each answer with its references and date.
 *
 * @param slug the organisation's slug
 * @param name its name
 * @param rows its answers, in question order
 */
public record BuyerPanel(String slug, String name, List<Row> rows) {

	/**
	 * The answer to one question, or {@code null} where the panel does not ask it.
	 * @param question the question
	 * @return the row or {@code null}
	 */
	public Row row(BuyerQuestion question) {
		return this.rows.stream().filter((row) -> row.question() == question).findFirst().orElse(null);
	}

	/**
	 * One answer of the panel.
	 *
	 * @param question the question
	 * @param finding what the research found
	 * @param text the site's sentence
	 * @param references its references, in the order cited
	 * @param asOf the date the answer holds for
	 */
	public record Row(BuyerQuestion question, Finding finding, String text, List<ReferenceLink> references,
			String asOf) {

		/**
		 * Whether the answer rests only on secondary references, which the page says.
		 * @return {@code true} if it has references and none is primary
		 */
		public boolean secondaryOnly() {
			return !this.references.isEmpty() && this.references.stream().noneMatch(ReferenceLink::primary);
		}

	}

}
