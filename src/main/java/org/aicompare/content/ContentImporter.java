package org.aicompare.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.Dimension;
import org.aicompare.edition.EditionNote;
import org.aicompare.edition.EditionRecorder;
import org.aicompare.revision.SiteRevision;

/**
 * Imports the content files into the database when they changed since the last import.
 * The whole import is one transaction under a lock on the content version row: readers
 * see the old content or the new, never half of it, and instances starting together
 * import once. Comments are seeded on the first import only and never deleted. An import
 * that changes a rating, a fact, a reference or a pattern publishes an edition, in the
 * same transaction. The import raises the site revision, so every instance drops what it
 * kept of the old content.
 */
@Service
public class ContentImporter {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private final ContentFiles files;

	private final ContentVersionRepository versions;

	private final ContentChangeRepository changes;

	private final ContentParts parts;

	private final List<JpaRepository<?, ?>> deleteOrder;

	private final SiteRevision revision;

	private final Clock clock;

	private final EditionRecorder editions;

	ContentImporter(ContentFiles files, ContentVersionRepository versions, ContentChangeRepository changes,
			ContentParts parts, ContentTables tables, SiteRevision revision, Clock clock, EditionRecorder editions) {
		this.editions = editions;
		this.revision = revision;
		this.files = files;
		this.versions = versions;
		this.changes = changes;
		this.parts = parts;
		this.deleteOrder = tables.inDeleteOrder();
		this.clock = clock;
	}

	/**
	 * Import the content if its files changed since the last import.
	 * @return whether anything was imported
	 */
	@Transactional
	public boolean importIfChanged() {
		// The checksum alone tells an instance joining a site that nothing changed;
		// the files are parsed only when there is something to import.
		String checksum = this.files.checksum();
		ContentVersion version = this.versions.findLocked()
			.orElseThrow(() -> new IllegalStateException("The content_version row is missing; run the migrations"));
		if (checksum.equals(version.getChecksum())) {
			logger.info("Content " + version.getVersion() + " is up to date");
			if (this.editions.none()) {
				// Content imported before editions existed: it is the first edition.
				recordEdition(this.files.read());
				this.revision.raise();
			}
			return false;
		}
		Content content = this.files.read();
		this.deleteOrder.forEach(JpaRepository::deleteAllInBatch);
		PassageIndex passages = this.parts.source().save(content);
		Map<String, DeploymentModel> models = this.parts.comparison().saveModels(content, passages);
		Map<String, Dimension> dimensions = this.parts.comparison().saveMatrix(content, models, passages);
		this.parts.priorities().save(content, dimensions, passages);
		this.parts.articles().save(content, passages);
		this.parts.projects().save(content, models, dimensions, passages);
		this.parts.buyer().save(content);
		this.parts.corrections().save(content);
		this.parts.hybrid().save(content, dimensions, passages);
		this.parts.spectrum().save(content, passages);
		this.parts.comments().seedOnce(content, passages);
		ContentDocuments.orEmpty(content.about().changes())
			.forEach(
					(change) -> this.changes.save(new ContentChange(LocalDate.parse(change.date()), change.summary())));
		version.imported(content.checksum(), content.about().version(), this.clock.instant());
		recordEdition(content);
		this.revision.raise();
		logger.info("Imported content " + content.about().version() + ": " + passages.size() + " passages");
		return true;
	}

	private void recordEdition(Content content) {
		List<ContentDocuments.Change> log = ContentDocuments.orEmpty(content.about().changes());
		if (log.isEmpty()) {
			throw new IllegalStateException("content.yml has no changes: its newest entry names the edition");
		}
		ContentDocuments.Change newest = log.get(0);
		this.editions.record(EditionSnapshots.of(content), new EditionNote(newest.summary(), newest.answers()));
	}

}
