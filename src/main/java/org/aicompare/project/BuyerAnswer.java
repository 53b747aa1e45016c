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
 * One answer of an organisation's "For a business" panel: the question, what the research
 * found, the site's sentence, its references and the date it holds for.
 */
@Entity
public class BuyerAnswer extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private BuyerQuestion question;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Finding finding;

	@Column(nullable = false, length = 600)
	private String text;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@Column(name = "as_of", nullable = false, length = 40)
	private String asOf;

	protected BuyerAnswer() {
	}

	public BuyerAnswer(Organisation organisation, BuyerQuestion question, Finding finding, String text,
			List<String> sources, String asOf) {
		this.organisation = organisation;
		this.question = question;
		this.finding = finding;
		this.text = text;
		this.sources = List.copyOf(sources);
		this.asOf = asOf;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public BuyerQuestion getQuestion() {
		return this.question;
	}

	public Finding getFinding() {
		return this.finding;
	}

	public String getText() {
		return this.text;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public String getAsOf() {
		return this.asOf;
	}

}
