package org.aicompare.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The one row that says which content is in the database: the checksum of the content
 * files last imported, their version date and when they were imported. Importers lock it,
 * so instances that start together import once.
 */
@Entity
public class ContentVersion {

	/** The id of the single row, inserted by the first migration. */
	public static final long SINGLE_ROW = 1L;

	@Id
	private Long id;

	@Column(length = 64)
	private String checksum;

	@Column(length = 20)
	private String version;

	@Column(name = "imported_at")
	private Instant importedAt;

	protected ContentVersion() {
	}

	public String getChecksum() {
		return this.checksum;
	}

	/**
	 * The date the content was last edited, as its files say.
	 * @return the version, or {@code null} before the first import
	 */
	public String getVersion() {
		return this.version;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	boolean isEmpty() {
		return this.checksum == null;
	}

	void imported(String checksum, String version, Instant at) {
		this.checksum = checksum;
		this.version = version;
		this.importedAt = at;
	}

}
