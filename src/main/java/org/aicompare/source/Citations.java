package org.aicompare.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages a page cites, by number, for its templates: {@code citations.text(14)}.
 *
 * @author aicompare
 */
public final class Citations {

	private final Map<Integer, SourcePassage> byNumber = new LinkedHashMap<>();

	private Citations(Collection<Passage> passages) {
		passages.forEach((passage) -> this.byNumber.put(passage.getNumber(), passage.toSourcePassage()));
	}

	/**
	 * The citations of the given passages.
	 * @param passages the passages a page needs
	 * @return their citations
	 */
	public static Citations of(Collection<Passage> passages) {
		return new Citations(passages);
	}

	/**
	 * One cited passage.
	 * @param number the passage number
	 * @return the passage
	 * @throws IllegalArgumentException if the page did not load that passage
	 */
	public SourcePassage get(int number) {
		SourcePassage passage = this.byNumber.get(number);
		if (passage == null) {
			throw new IllegalArgumentException("Passage " + number + " was not loaded for this page");
		}
		return passage;
	}

	/**
	 * The display text of one cited passage.
	 * @param number the passage number
	 * @return its text
	 */
	public String text(int number) {
		return get(number).text();
	}

	/**
	 * Several cited passages, in the order given.
	 * @param numbers passage numbers
	 * @return the passages
	 */
	public List<SourcePassage> all(List<Integer> numbers) {
		return numbers.stream().map(this::get).toList();
	}

}
