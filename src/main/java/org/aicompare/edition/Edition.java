package org.aicompare.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.aicompare.model.BaseEntity;

/**
 * A numbered, dated edition of the content: the editors' summary, the challenges it
 * answers, what changed since the edition before (computed by the site) and a full
 * snapshot of what it held. Editions are never deleted by a content import.
 */
@Entity
public class Edition extends BaseEntity {

	@Column(nullable = false, unique = true)
	private int number;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(nullable = false, length = 200)
	private String answers;

	@Column(nullable = false, length = EditionJson.MAX_LENGTH)
	private String snapshot;

	@Column(nullable = false, length = EditionJson.MAX_LENGTH)
	private String changes;

	protected Edition() {
	}

	Edition(int number, LocalDate publishedOn, String summary, List<Long> answers, String snapshot, String changes) {
		this.number = number;
		this.publishedOn = publishedOn;
		this.summary = summary;
		this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.snapshot = snapshot;
		this.changes = changes;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	/**
	 * What the editors wrote about this edition.
	 * @return the summary, empty when they wrote none
	 */
	public String getSummary() {
		return this.summary;
	}

	String getSnapshot() {
		return this.snapshot;
	}

	String getChanges() {
		return this.changes;
	}

}
