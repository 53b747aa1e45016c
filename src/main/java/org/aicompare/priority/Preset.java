package org.aicompare.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.aicompare.model.NamedEntity;

/**
 * A starting point for the advisor, such as "Startup MVP": a selection of weighted
 * priorities and the site's reason for it.
 */
@Entity
public class Preset extends NamedEntity {

	@Column(nullable = false, length = 300)
	private String selection;

	@Column(nullable = false, length = 500)
	private String rationale;

	@Column(nullable = false, length = 300)
	private String requirements;

	@Column(name = "requirements_rationale", nullable = false, length = 600)
	private String requirementsRationale;

	protected Preset() {
	}

	public Preset(String slug, String name, int position, String selection, String rationale) {
		this(slug, name, position, selection, rationale, "", "");
	}

	public Preset(String slug, String name, int position, String selection, String rationale, String requirements,
			String requirementsRationale) {
		super(slug, name, position);
		this.selection = selection;
		this.rationale = rationale;
		this.requirements = requirements;
		this.requirementsRationale = requirementsRationale;
	}

	/**
	 * The selection in the advisor's URL form, comma-separated:
	 * {@code speed:3,convenience:2}.
	 * @return the selection
	 */
	public String getSelection() {
		return this.selection;
	}

	/**
	 * Why these priorities and weights, in the site's words.
	 * @return the rationale
	 */
	public String getRationale() {
		return this.rationale;
	}

	/**
	 * The must-haves a business of this kind would set, in the advisor's URL form,
	 * comma-separated: {@code eu-data-residency,dpa-offered}; empty for none.
	 * @return the requirements
	 */
	public String getRequirements() {
		return this.requirements;
	}

	/**
	 * Why these must-haves, in the site's words; empty for none.
	 * @return the rationale
	 */
	public String getRequirementsRationale() {
		return this.requirementsRationale;
	}

}
