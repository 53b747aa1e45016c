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

	@Column(name = "checked_only", nullable = false)
	private boolean checkedOnly;

	@Column(length = 60)
	private String correction;

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

	/**
	 * A fact whose date may be only the date it was checked, and which a correction may
	 * have fixed.
	 * @param organisation the organisation it is about
	 * @param topic what it is about
	 * @param text the fact
	 * @param sources the codes of its references
	 * @param asOf the date its source gives, or the date it was checked
	 * @param checkedOnly whether {@code asOf} is only the date it was checked
	 * @param uncertain whether the notes doubt it
	 * @param correction the code of the correction that fixed it, or {@code null}
	 * @param position its place among the organisation's facts
	 */
	public Fact(Organisation organisation, FactTopic topic, String text, List<String> sources, String asOf,
			boolean checkedOnly, boolean uncertain, String correction, int position) {
		this(organisation, topic, text, sources, asOf, uncertain, position);
		this.checkedOnly = checkedOnly;
		this.correction = correction;
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
	 * Whether the date is only the date the fact was checked, because its source gives
	 * none.
	 * @return whether the date is a check date
	 */
	public boolean isCheckedOnly() {
		return this.checkedOnly;
	}

	/**
	 * The correction that fixed this fact.
	 * @return the correction's code, or {@code null}
	 */
	public String getCorrection() {
		return this.correction;
	}

	/**
	 * This fact as plain values, for the pages that show it.
	 * @return the fact's values
	 */
	public FactSummary toSummary() {
		return new FactSummary(getTopic(), getText(), getSources(), getAsOf(), isUncertain(), isCheckedOnly(),
				getCorrection());
	}

}
