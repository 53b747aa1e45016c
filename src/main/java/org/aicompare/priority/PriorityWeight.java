package org.aicompare.priority;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

import org.aicompare.comparison.Dimension;
import org.aicompare.source.PassageNumbersConverter;

/**
 * How much a priority depends on one dimension of the matrix, which end of its scale
 * serves the priority, and the passage that justifies the link.
 */
@Entity
public class PriorityWeight extends BaseEntity {

	/** The smallest weight. */
	public static final int MIN_WEIGHT = 1;

	/** The largest weight. */
	public static final int MAX_WEIGHT = 3;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "priority_id")
	private Priority priority;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dimension_id")
	private Dimension dimension;

	@Column(nullable = false)
	private int weight;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Pole prefers;

	@Column(nullable = false, length = 500)
	private String rationale;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 100)
	private List<Integer> cites;

	protected PriorityWeight() {
	}

	public PriorityWeight(Priority priority, Dimension dimension, int weight, Pole prefers, String rationale,
			List<Integer> cites) {
		if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
			throw new IllegalArgumentException("A weight is from 1 to 3, not " + weight);
		}
		this.priority = priority;
		this.dimension = dimension;
		this.weight = weight;
		this.prefers = prefers;
		this.rationale = rationale;
		this.cites = List.copyOf(cites);
	}

	public Priority getPriority() {
		return this.priority;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public int getWeight() {
		return this.weight;
	}

	public Pole getPrefers() {
		return this.prefers;
	}

	public String getRationale() {
		return this.rationale;
	}

	public List<Integer> getCites() {
		return this.cites;
	}

}
