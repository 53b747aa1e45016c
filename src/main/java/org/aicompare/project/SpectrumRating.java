package org.aicompare.project;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.model.BaseEntity;
import org.aicompare.source.PassageNumbersConverter;
import org.aicompare.source.ReferenceCodesConverter;
import org.aicompare.spectrum.Axis;

/**
 * Where an organisation, or a deployment model as the source describes it, stands on one
 * axis of the decentralization spectrum, with the reason and what it rests on: references
 * for an organisation, passages of the source for a model.
 */
@Entity
public class SpectrumRating extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "model_id")
	private DeploymentModel model;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Axis axis;

	@Column(nullable = false)
	private int rating;

	@Column(nullable = false, length = 700)
	private String reason;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 100)
	private List<Integer> cites;

	@Column(name = "as_of", nullable = false, length = 40)
	private String asOf;

	@Column(nullable = false)
	private boolean uncertain;

	protected SpectrumRating() {
	}

	private SpectrumRating(Organisation organisation, DeploymentModel model, Axis axis, int rating, String reason,
			List<String> sources, List<Integer> cites, String asOf, boolean uncertain) {
		if (rating < Axis.MIN_RATING || rating > Axis.MAX_RATING) {
			throw new IllegalArgumentException("A spectrum rating is from 1 to 5, not " + rating);
		}
		this.organisation = organisation;
		this.model = model;
		this.axis = axis;
		this.rating = rating;
		this.reason = reason;
		this.sources = List.copyOf(sources);
		this.cites = List.copyOf(cites);
		this.asOf = asOf;
		this.uncertain = uncertain;
	}

	/**
	 * An organisation's rating, resting on references.
	 * @param organisation the organisation
	 * @param axis the axis
	 * @param rating from 1 to 5
	 * @param reason why, in a sentence or two
	 * @param sources the reference codes
	 * @param asOf the date its facts hold for
	 * @param uncertain whether it rests on a fact the notes mark uncertain
	 * @return the rating
	 */
	public static SpectrumRating of(Organisation organisation, Axis axis, int rating, String reason,
			List<String> sources, String asOf, boolean uncertain) {
		return new SpectrumRating(organisation, null, axis, rating, reason, sources, List.of(), asOf, uncertain);
	}

	/**
	 * A deployment model's rating, resting on passages of the source.
	 * @param model the model
	 * @param axis the axis
	 * @param rating from 1 to 5
	 * @param reason why, in a sentence
	 * @param cites the passage numbers
	 * @param asOf the date of the content
	 * @return the rating
	 */
	public static SpectrumRating of(DeploymentModel model, Axis axis, int rating, String reason, List<Integer> cites,
			String asOf) {
		return new SpectrumRating(null, model, axis, rating, reason, List.of(), cites, asOf, false);
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public DeploymentModel getModel() {
		return this.model;
	}

	public Axis getAxis() {
		return this.axis;
	}

	public int getRating() {
		return this.rating;
	}

	public String getReason() {
		return this.reason;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public List<Integer> getCites() {
		return this.cites;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

}
