package org.aicompare.hybrid;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * A product or organisation a pattern involves, with its part in it; an organisation the
 * site has a profile of is named by its slug.
 */
@Entity
@Table(name = "hybrid_pattern_party")
public class PatternParty extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pattern_id")
	private HybridPattern pattern;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(name = "organisation_slug", length = 40)
	private String organisation;

	@Column(nullable = false, length = 500)
	private String role;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 200)
	private List<String> sources;

	protected PatternParty() {
	}

	public PatternParty(HybridPattern pattern, int position, String name, String organisation, String role,
			List<String> sources) {
		this.pattern = pattern;
		this.position = position;
		this.name = name;
		this.organisation = organisation;
		this.role = role;
		this.sources = List.copyOf(sources);
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * The slug of the organisation's profile, or {@code null} where the site has none.
	 * @return the slug or {@code null}
	 */
	public String getOrganisation() {
		return this.organisation;
	}

	public String getRole() {
		return this.role;
	}

	public List<String> getSources() {
		return this.sources;
	}

}
