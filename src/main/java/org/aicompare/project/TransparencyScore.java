package org.aicompare.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

/**
 * An organisation's score, out of 100, in one edition of the Foundation Model
 * Transparency Index, with the model the index rated where the data names it.
 */
@Entity
public class TransparencyScore extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private TransparencyEdition edition;

	@Column(nullable = false)
	private int score;

	@Column(length = 120)
	private String model;

	protected TransparencyScore() {
	}

	public TransparencyScore(Organisation organisation, TransparencyEdition edition, int score, String model) {
		this.organisation = organisation;
		this.edition = edition;
		this.score = score;
		this.model = model;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public TransparencyEdition getEdition() {
		return this.edition;
	}

	public int getScore() {
		return this.score;
	}

	/**
	 * The model the index rated, or {@code null} where its data does not name it.
	 * @return the model's name or {@code null}
	 */
	public String getModel() {
		return this.model;
	}

}
