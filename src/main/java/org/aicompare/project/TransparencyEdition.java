package org.aicompare.project;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.aicompare.model.BaseEntity;

/**
 * An edition of the Foundation Model Transparency Index, with the mean score of the
 * developers it rated, from the index's own data files.
 */
@Entity
public class TransparencyEdition extends BaseEntity {

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 60)
	private String name;

	@Column(nullable = false, precision = 4, scale = 1)
	private BigDecimal mean;

	@Column(nullable = false)
	private int developers;

	@Column(nullable = false)
	private int position;

	protected TransparencyEdition() {
	}

	public TransparencyEdition(String code, String name, BigDecimal mean, int developers, int position) {
		this.code = code;
		this.name = name;
		this.mean = mean;
		this.developers = developers;
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getMean() {
		return this.mean;
	}

	public int getDevelopers() {
		return this.developers;
	}

	public int getPosition() {
		return this.position;
	}

}
