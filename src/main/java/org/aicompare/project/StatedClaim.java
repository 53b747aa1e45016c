package org.aicompare.project;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

import org.aicompare.model.BaseEntity;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * What an organisation says of itself, in its own words, beside what its own documents or
 * other sources show, with the size of the gap and why.
 */
@Entity
public class StatedClaim extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false, length = 600)
	private String says;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(name = "says_sources", nullable = false, length = 300)
	private List<String> saysSources;

	@Column(nullable = false, length = 800)
	private String shows;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(name = "shows_sources", nullable = false, length = 300)
	private List<String> showsSources;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Gap gap;

	@Column(nullable = false, length = 600)
	private String reason;

	@Column(name = "as_of", nullable = false, length = 40)
	private String asOf;

	@Column(nullable = false)
	private boolean uncertain;

	protected StatedClaim() {
	}

	public StatedClaim(Organisation organisation, String says, List<String> saysSources, String shows,
			List<String> showsSources, Gap gap, String reason, String asOf, boolean uncertain) {
		this.organisation = organisation;
		this.says = says;
		this.saysSources = List.copyOf(saysSources);
		this.shows = shows;
		this.showsSources = List.copyOf(showsSources);
		this.gap = gap;
		this.reason = reason;
		this.asOf = asOf;
		this.uncertain = uncertain;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getSays() {
		return this.says;
	}

	public List<String> getSaysSources() {
		return this.saysSources;
	}

	public String getShows() {
		return this.shows;
	}

	public List<String> getShowsSources() {
		return this.showsSources;
	}

	public Gap getGap() {
		return this.gap;
	}

	public String getReason() {
		return this.reason;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

}
