package org.aicompare.hybrid;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aicompare.comparison.Dimension;
import org.aicompare.model.BaseEntity;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * The site's rating of a pattern on one matrix dimension, from 1 to 5 on the dimension's
 * scale, with the reason and the references it rests on.
 */
@Entity
@Table(name = "hybrid_pattern_rating")
public class PatternRating extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pattern_id")
	private HybridPattern pattern;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dimension_id")
	private Dimension dimension;

	@Column(nullable = false)
	private int rating;

	@Column(nullable = false, length = 500)
	private String rationale;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 200)
	private List<String> sources;

	protected PatternRating() {
	}

	public PatternRating(HybridPattern pattern, Dimension dimension, int rating, String rationale,
			List<String> sources) {
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("A rating is from 1 to 5, not " + rating);
		}
		if (rationale == null || rationale.isBlank()) {
			throw new IllegalArgumentException("A rating needs its reason");
		}
		this.pattern = pattern;
		this.dimension = dimension;
		this.rating = rating;
		this.rationale = rationale;
		this.sources = List.copyOf(sources);
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public int getRating() {
		return this.rating;
	}

	public String getRationale() {
		return this.rationale;
	}

	public List<String> getSources() {
		return this.sources;
	}

}
