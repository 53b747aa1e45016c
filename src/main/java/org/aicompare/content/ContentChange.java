package org.aicompare.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.aicompare.model.BaseEntity;

/**
 * One entry of the change log kept with the content.
 */
@Entity
public class ContentChange extends BaseEntity {

	@Column(name = "changed_on", nullable = false)
	private LocalDate changedOn;

	@Column(nullable = false, length = 1000)
	private String summary;

	protected ContentChange() {
	}

	ContentChange(LocalDate changedOn, String summary) {
		this.changedOn = changedOn;
		this.summary = summary;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public String getSummary() {
		return this.summary;
	}

}
