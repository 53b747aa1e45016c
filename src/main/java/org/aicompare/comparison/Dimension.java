package org.aicompare.comparison;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.model.NamedEntity;

/**
 * One row of the comparison matrix, such as Control or Transparency. Its cells place each
 * model on a scale from 1 to 5 between two poles the dimension names.
 */
@Entity
public class Dimension extends NamedEntity {

	@Column(nullable = false)
	private int passage;

	@Column(nullable = false, length = 300)
	private String question;

	@Column(name = "low_label", nullable = false, length = 120)
	private String lowLabel;

	@Column(name = "high_label", nullable = false, length = 120)
	private String highLabel;

	@OneToMany(mappedBy = "dimension")
	@OrderBy("id")
	private Set<Cell> cells = new LinkedHashSet<>();

	protected Dimension() {
	}

	public Dimension(String slug, String name, int position, int passage, String question, String lowLabel,
			String highLabel) {
		super(slug, name, position);
		this.passage = passage;
		this.question = question;
		this.lowLabel = lowLabel;
		this.highLabel = highLabel;
	}

	/**
	 * The number of the passage holding this row of the source's table.
	 * @return the passage number
	 */
	public int getPassage() {
		return this.passage;
	}

	/**
	 * The question the dimension answers, written by the site.
	 * @return the question
	 */
	public String getQuestion() {
		return this.question;
	}

	/**
	 * What a rating of 1 means on this dimension.
	 * @return the low pole
	 */
	public String getLowLabel() {
		return this.lowLabel;
	}

	/**
	 * What a rating of 5 means on this dimension.
	 * @return the high pole
	 */
	public String getHighLabel() {
		return this.highLabel;
	}

	public Set<Cell> getCells() {
		return this.cells;
	}

}
