package org.aicompare.project;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

import org.aicompare.source.PassageNumbersConverter;

/**
 * A product the source names, such as ChatGPT, and the passages that name it.
 */
@Entity
public class Product extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(nullable = false)
	private int position;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 100)
	private List<Integer> cites;

	protected Product() {
	}

	public Product(Organisation organisation, String name, int position, List<Integer> cites) {
		this.organisation = organisation;
		this.name = name;
		this.position = position;
		this.cites = List.copyOf(cites);
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	public List<Integer> getCites() {
		return this.cites;
	}

}
