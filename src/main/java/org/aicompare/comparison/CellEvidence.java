package org.aicompare.comparison;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

import org.aicompare.source.ReferenceCodesConverter;

/**
 * A sourced fact, from the project's research notes, that supports a cell's rating.
 *
 * @author aicompare
 */
@Entity
public class CellEvidence extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cell_id")
	private Cell cell;

	@Column(nullable = false, length = 500)
	private String text;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@Column(name = "as_of", nullable = false, length = 40)
	private String asOf;

	protected CellEvidence() {
	}

	public CellEvidence(Cell cell, String text, List<String> sources, String asOf) {
		this.cell = cell;
		this.text = text;
		this.sources = List.copyOf(sources);
		this.asOf = asOf;
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
