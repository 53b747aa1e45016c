package org.aicompare.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;

/**
 * A public source behind the site's added facts, cited by its code ({@code S4}).
 */
@Entity
@Table(name = "source_reference")
public class Reference extends BaseEntity {

	@Column(nullable = false, unique = true, length = 8)
	private String code;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false)
	private int position;

	protected Reference() {
	}

	public Reference(String code, String title, int position) {
		this.code = code;
		this.title = title;
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public int getPosition() {
		return this.position;
	}

	/**
	 * This reference as plain values, for the pages that list it.
	 * @return the reference's values
	 */
	public ReferenceSummary toSummary() {
		return new ReferenceSummary(getCode(), getTitle());
	}

}
