package org.aicompare.comparison;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.model.BaseEntity;

import org.aicompare.source.PassageNumbersConverter;

/**
 * One cell of the matrix: what a model is on a dimension, in words and as a rating from 1
 * to 5, with the passages the rating rests on.
 */
@Entity
public class Cell extends BaseEntity {

	/** The lowest rating. */
	public static final int MIN_RATING = 1;

	/** The highest rating. */
	public static final int MAX_RATING = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dimension_id")
	private Dimension dimension;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "model_id")
	private DeploymentModel model;

	@Column(nullable = false, length = 300)
	private String text;

	@Column(nullable = false)
	private int rating;

	@Column(nullable = false, length = 500)
	private String rationale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CellKind kind;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 200)
	private List<Integer> cites;

	@OneToMany(mappedBy = "cell")
	@OrderBy("id")
	private Set<CellEvidence> evidence = new LinkedHashSet<>();

	protected Cell() {
	}

	public Cell(Dimension dimension, DeploymentModel model, String text, int rating, String rationale, CellKind kind,
			List<Integer> cites) {
		if (rating < MIN_RATING || rating > MAX_RATING) {
			throw new IllegalArgumentException("A rating is from 1 to 5, not " + rating);
		}
		this.dimension = dimension;
		this.model = model;
		this.text = text;
		this.rating = rating;
		this.rationale = rationale;
		this.kind = kind;
		this.cites = List.copyOf(cites);
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public DeploymentModel getModel() {
		return this.model;
	}

	public String getText() {
		return this.text;
	}

	public int getRating() {
		return this.rating;
	}

	/**
	 * One line on why the cell has its rating.
	 * @return the rationale
	 */
	public String getRationale() {
		return this.rationale;
	}

	public CellKind getKind() {
		return this.kind;
	}

	public List<Integer> getCites() {
		return this.cites;
	}

	/**
	 * Sourced facts that support the rating, beyond the source text.
	 * @return the evidence, possibly empty
	 */
	public Set<CellEvidence> getEvidence() {
		return this.evidence;
	}

}
