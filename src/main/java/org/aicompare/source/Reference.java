package org.aicompare.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.aicompare.model.BaseEntity;

/**
 * A public source behind the site's added facts, cited by its code ({@code S4},
 * {@code CP-R6}): its title, publisher, the date it gives, its address and whether it is
 * primary or secondary. The first references of the site were recorded without an
 * address.
 */
@Entity
@Table(name = "source_reference")
public class Reference extends BaseEntity {

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 500)
	private String address;

	@Column(length = 200)
	private String publisher;

	@Column(length = 40)
	private String published;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private ReferenceKind kind;

	@Column(nullable = false)
	private int position;

	protected Reference() {
	}

	public Reference(String code, String title, int position) {
		this(code, title, null, null, null, null, position);
	}

	public Reference(String code, String title, String address, String publisher, String published, ReferenceKind kind,
			int position) {
		this.code = code;
		this.title = title;
		this.address = address;
		this.publisher = publisher;
		this.published = published;
		this.kind = kind;
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * The address a reader can follow, or {@code null} for a reference recorded without
	 * one.
	 * @return the https address or {@code null}
	 */
	public String getAddress() {
		return this.address;
	}

	public String getPublisher() {
		return this.publisher;
	}

	/**
	 * The date the reference gives, as it gives it ("22 Nov 2024", "undated").
	 * @return the date or {@code null}
	 */
	public String getPublished() {
		return this.published;
	}

	/**
	 * Primary or secondary, or {@code null} where the first references did not say.
	 * @return the kind or {@code null}
	 */
	public ReferenceKind getKind() {
		return this.kind;
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
