package org.aicompare.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.aicompare.model.BaseEntity;

/**
 * One numbered passage of the source text: a heading, paragraph, list item, table row or
 * comment. Every sentence the site presents as coming from the source cites passages by
 * their number, which is also their anchor on the sources page ({@code /sources#p-38}).
 *
 * @author aicompare
 */
@Entity
public class Passage extends BaseEntity {

	@Column(nullable = false, unique = true)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PassageKind kind;

	@Column(nullable = false, length = 2000)
	private String text;

	@Column(nullable = false, length = 2000)
	private String original;

	@Column(length = 500)
	private String repair;

	@Column(length = 200)
	private String section;

	protected Passage() {
	}

	public Passage(SourcePassage parsed) {
		this.number = parsed.number();
		this.kind = parsed.kind();
		this.text = parsed.text();
		this.original = parsed.original();
		this.repair = parsed.repair();
		this.section = parsed.section();
	}

	public int getNumber() {
		return this.number;
	}

	public PassageKind getKind() {
		return this.kind;
	}

	/**
	 * The text the site shows: the source's own words, with any repair applied.
	 * @return the display text
	 */
	public String getText() {
		return this.text;
	}

	/**
	 * The passage exactly as the source has it.
	 * @return the original text
	 */
	public String getOriginal() {
		return this.original;
	}

	/**
	 * What was repaired for display, and why; {@code null} when nothing was.
	 * @return the repair note
	 */
	public String getRepair() {
		return this.repair;
	}

	public String getSection() {
		return this.section;
	}

	public boolean isRepaired() {
		return this.repair != null;
	}

	/**
	 * This passage as plain values, for the pages that quote it.
	 * @return the passage's values
	 */
	public SourcePassage toSourcePassage() {
		return new SourcePassage(this.number, this.kind, this.text, this.original, this.repair, this.section);
	}

}
