package org.aicompare.edition;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Lookups over the editions that pages make for every rating or challenge they show,
 * built from the site-wide list once per site revision instead of by scanning every
 * edition each time: where each thing last changed, and which edition answered each
 * challenge.
 */
@Service
public class EditionIndex {

	private final EditionHistory history;

	public EditionIndex(EditionHistory history) {
		this.history = history;
	}

	/**
	 * The edition each thing last changed in, after the first edition, by its
	 * {@link EditionKeys key}.
	 * @return edition numbers by key
	 */
	@Cacheable("edition-marks")
	public Map<String, Integer> lastChanged() {
		Map<String, Integer> marks = new HashMap<>();
		List<EditionView> newestFirst = this.history.editions();
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			EditionView edition = newestFirst.get(i);
			edition.changes().forEach((change) -> marks.put(change.key(), edition.number()));
		}
		return Collections.unmodifiableMap(marks);
	}

	/**
	 * The first edition that answers each challenge, as the content files name it.
	 * @return edition numbers by challenge number
	 */
	@Cacheable("edition-answers")
	public Map<Long, Integer> answering() {
		Map<Long, Integer> answering = new HashMap<>();
		for (EditionView edition : this.history.editions()) {
			// Newest first, so the oldest edition naming a challenge is the one kept.
			edition.answers().forEach((challenge) -> answering.put(challenge, edition.number()));
		}
		return Collections.unmodifiableMap(answering);
	}

}
