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

	protected Preset() {
	}

	public Preset(String slug, String name, int position, String selection, String rationale) {
		super(slug, name, position);
		this.selection = selection;
		this.rationale = rationale;
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

}
