package org.aicompare.project;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.comparison.Dimension;
import org.aicompare.model.BaseEntity;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * The site's editorial rating of an organisation on one matrix dimension, used to rank
 * organisations by a reader's priorities. Most are inherited from the organisation's
 * model; the others say why they differ and cite their references.
 */
@Entity
public class OrganisationRating extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dimension_id")
	private Dimension dimension;

	@Column(nullable = false)
	private int rating;

	@Column(nullable = false)
	private boolean inherited;

	@Column(length = 500)
	private String rationale;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 100)
	private List<String> sources;

	protected OrganisationRating() {
	}

	public OrganisationRating(Organisation organisation, Dimension dimension, int rating, boolean inherited,
			String rationale, List<String> sources) {
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("A rating is from 1 to 5, not " + rating);
		}
		this.organisation = organisation;
		this.dimension = dimension;
		this.rating = rating;
		this.inherited = inherited;
		this.rationale = rationale;
		this.sources = List.copyOf(sources);
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public int getRating() {
		return this.rating;
	}

	/**
	 * Whether the rating is the organisation's model's rating.
	 * @return {@code true} when inherited
	 */
	public boolean isInherited() {
		return this.inherited;
	}

	/**
	 * Why the rating differs from the model's, or {@code null} when inherited.
	 * @return the rationale
	 */
	public String getRationale() {
		return this.rationale;
	}

	public List<String> getSources() {
		return this.sources;
	}

}
