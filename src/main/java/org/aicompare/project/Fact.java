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

import org.aicompare.model.BaseEntity;

import org.aicompare.source.ReferenceCodesConverter;

/**
 * A fact about an organisation from the project's research notes, not from the source
 * text: shown with its references, its "as of" date and, where the notes doubt it, as
 * uncertain.
 *
 * @author aicompare
 */
@Entity
public class Fact extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FactTopic topic;

	@Column(nullable = false, length = 500)
	private String text;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@Column(name = "as_of", nullable = false, length = 40)
	private String asOf;

	@Column(nullable = false)
	private boolean uncertain;

	@Column(nullable = false)
	private int position;

	protected Fact() {
	}

	public Fact(Organisation organisation, FactTopic topic, String text, List<String> sources, String asOf,
			boolean uncertain, int position) {
		this.organisation = organisation;
		this.topic = topic;
		this.text = text;
		this.sources = List.copyOf(sources);
		this.asOf = asOf;
		this.uncertain = uncertain;
		this.position = position;
	}

	public FactTopic getTopic() {
		return this.topic;
	}

	public String getText() {
		return this.text;
	}

	/**
	 * The codes of the references the notes give for this fact; empty where they give
	 * none.
	 * @return reference codes
	 */
	public List<String> getSources() {
		return this.sources;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public int getPosition() {
		return this.position;
	}

	/**
	 * This fact as plain values, for the pages that show it.
	 * @return the fact's values
	 */
	public FactSummary toSummary() {
		return new FactSummary(getTopic(), getText(), getSources(), getAsOf(), isUncertain());
	}

}
