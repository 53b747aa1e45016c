package org.aicompare.edition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Service;

/**
 * What the other features ask of the editions: which is current, which exist, where
 * something last changed, what changed on one profile or pattern or since an old edition,
 * and which edition answered a challenge. Everything comes from the site-wide list read
 * once per revision.
 */
@Service
public class Editions {

	private final EditionHistory history;

	private final EditionIndex index;

	Editions(EditionHistory history, EditionIndex index) {
		this.history = history;
		this.index = index;
	}

	/**
	 * Every edition, newest first.
	 * @return the editions
	 */
	public List<EditionView> all() {
		return this.history.editions();
	}

	/**
	 * The newest edition's number.
	 * @return the number, or empty before the first import
	 */
	public OptionalInt current() {
		List<EditionView> all = all();
		return all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(all.get(0).number());
	}

	/**
	 * One edition.
	 * @param number its number
	 * @return the edition, or empty when there is none with that number
	 */
	public Optional<EditionView> find(int number) {
		return all().stream().filter((edition) -> edition.number() == number).findFirst();
	}

	/**
	 * The numbers of every edition, oldest first, as a 400 page or a problem lists them.
	 * @return the numbers as text
	 */
	public List<String> numbers() {
		return oldestFirst().stream().map((edition) -> String.valueOf(edition.number())).toList();
	}

	/**
	 * An edition's snapshot, to compute an old result again.
	 * @param number the edition's number
	 * @return the snapshot, or empty when there is no such edition
	 */
	public Optional<EditionSnapshot> snapshot(int number) {
		return this.history.snapshot(number);
	}

	/**
	 * The edition that applied a challenge, as the content files name it.
	 * @param challengeId the challenge's number
	 * @return the first edition that answers it, or empty
	 */
	public OptionalInt editionAnswering(long challengeId) {
		Integer number = this.index.answering().get(challengeId);
		return (number != null) ? OptionalInt.of(number) : OptionalInt.empty();
	}

	/**
	 * The edition each thing last changed in, after the first edition, by its
	 * {@link EditionKeys key}: what a page marks as "changed in edition N". Made once per
	 * site revision.
	 * @return edition numbers by key
	 */
	public Map<String, Integer> lastChanged() {
		return this.index.lastChanged();
	}

	/**
	 * What changed in the things one owner holds, newest first.
	 * @param owner such as {@link EditionKeys#organisation(String)}
	 * @return the changes with their editions
	 */
	public List<ChangesPage.OwnChange> changesOf(String owner) {
		List<ChangesPage.OwnChange> changes = new ArrayList<>();
		for (EditionView edition : all()) {
			edition.changes()
				.stream()
				.filter((change) -> owner.equals(change.owner()))
				.forEach((change) -> changes.add(ChangesPage.OwnChange.of(edition, change)));
		}
		return changes;
	}

	/**
	 * What changed after an edition, up to now, in ratings on some dimensions: the
	 * changes that can move an advisor result computed under that edition.
	 * @param after the old edition's number
	 * @param dimensions the dimensions the reader's priorities rest on
	 * @return the changes, oldest edition first
	 */
	public List<ChangesPage.OwnChange> ratingChangesSince(int after, Collection<String> dimensions) {
		List<ChangesPage.OwnChange> changes = new ArrayList<>();
		for (EditionView edition : oldestFirst()) {
			if (edition.number() <= after) {
				continue;
			}
			edition.changes()
				.stream()
				.filter((change) -> change.kind() == EditionItem.Kind.RATING && change.dimension() != null
						&& dimensions.contains(change.dimension()))
				.forEach((change) -> changes.add(ChangesPage.OwnChange.of(edition, change)));
		}
		return changes;
	}

	private List<EditionView> oldestFirst() {
		List<EditionView> editions = new ArrayList<>(all());
		Collections.reverse(editions);
		return editions;
	}

}
