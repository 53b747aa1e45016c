package org.aicompare.hybrid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;
import org.aicompare.spectrum.Axis;

/**
 * What runs where in a pattern on one axis of the decentralization spectrum.
 */
@Entity
@Table(name = "hybrid_pattern_axis")
public class PatternAxis extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pattern_id")
	private HybridPattern pattern;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Axis axis;

	@Column(nullable = false, length = 600)
	private String text;

	protected PatternAxis() {
	}

	public PatternAxis(HybridPattern pattern, Axis axis, String text) {
		this.pattern = pattern;
		this.axis = axis;
		this.text = text;
	}

	public Axis getAxis() {
		return this.axis;
	}

	public String getText() {
		return this.text;
	}

}
