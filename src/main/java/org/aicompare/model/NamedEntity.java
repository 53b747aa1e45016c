package org.aicompare.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Something a reader can point at by name and reach by slug in a URL, listed in a set
 * order: a model, a dimension, a priority, an organisation.
 */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {

	@Column(nullable = false, unique = true, length = 40)
	private String slug;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(nullable = false)
	private int position;

	protected NamedEntity() {
	}

	protected NamedEntity(String slug, String name, int position) {
		this.slug = slug;
		this.name = name;
		this.position = position;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.slug;
	}

}
