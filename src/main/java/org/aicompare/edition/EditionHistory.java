package org.aicompare.edition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the editions for the whole site, once per revision: the list with every edition's
 * changes in one statement, and an old edition's snapshot when an old advisor result asks
 * for it.
 */
@Service
public class EditionHistory {

	private final EditionRepository editions;

	public EditionHistory(EditionRepository editions) {
		this.editions = editions;
	}

	/**
	 * Every edition, newest first.
	 * @return the editions
	 */
	@Cacheable("editions")
	@Transactional(readOnly = true)
	public List<EditionView> editions() {
		return this.editions.findRows()
			.stream()
			.map((row) -> new EditionView(row.number(), row.publishedOn(), row.summary(), answers(row.answers()),
					List.copyOf(EditionJson.changes(row.changes()))))
			.toList();
	}

	/**
	 * One edition's snapshot.
	 * @param number the edition's number
	 * @return its snapshot, or empty when there is no such edition
	 */
	@Cacheable("edition-snapshots")
	@Transactional(readOnly = true)
	public Optional<EditionSnapshot> snapshot(int number) {
		return this.editions.findByNumber(number).map((edition) -> EditionJson.snapshot(edition.getSnapshot()));
	}

	private static List<Long> answers(String answers) {
		return answers.isEmpty() ? List.of() : Arrays.stream(answers.split(",")).map(Long::valueOf).toList();
	}

}
