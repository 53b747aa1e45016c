package org.aicompare.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an edition when imported content differs from the newest edition in a rating, a
 * fact, a reference or a pattern. It runs inside the content import's transaction, under
 * its lock, so two instances that start together number one edition, once.
 */
@Service
public class EditionRecorder {

	private static final Log logger = LogFactory.getLog(EditionRecorder.class);

	private final EditionRepository editions;

	private final Clock clock;

	public EditionRecorder(EditionRepository editions, Clock clock) {
		this.editions = editions;
		this.clock = clock;
	}

	/**
	 * Record an edition if the snapshot differs from the newest one; the first snapshot
	 * ever is edition 1.
	 * @param snapshot what the imported content holds
	 * @param note the newest entry of the change log: its summary belongs to the new
	 * edition unless the edition before already carries it
	 * @return the new edition's number, or empty when nothing an edition tracks changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalInt record(EditionSnapshot snapshot, EditionNote note) {
		Optional<Edition> newest = this.editions.findTopByOrderByNumberDesc();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String json = EditionJson.write(snapshot);
		if (newest.isEmpty()) {
			save(new Edition(1, today, note.summary(), note.answers(), json, EditionJson.write(List.of())));
			return OptionalInt.of(1);
		}
		Edition previous = newest.get();
		List<EditionChange> changes = EditionDiff.between(EditionJson.snapshot(previous.getSnapshot()), snapshot);
		if (changes.isEmpty()) {
			return OptionalInt.empty();
		}
		boolean written = !note.summary().equals(previous.getSummary());
		if (!written) {
			logger.warn("Edition " + (previous.getNumber() + 1)
					+ " has no summary of its own: add an entry at the top of the changes in content.yml");
		}
		int number = previous.getNumber() + 1;
		save(new Edition(number, today, written ? note.summary() : "", written ? note.answers() : List.of(), json,
				EditionJson.write(changes)));
		return OptionalInt.of(number);
	}

	/**
	 * Whether any edition exists yet.
	 * @return {@code true} once the first is recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean none() {
		return this.editions.count() == 0;
	}

	private void save(Edition edition) {
		this.editions.saveAndFlush(edition);
		logger.info("Published edition " + edition.getNumber());
	}

}
