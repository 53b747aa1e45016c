package org.aicompare.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aicompare.source.Passage;

/**
 * The imported passages by number, so that every citation in the content files can be
 * checked before it is stored: a citation of a passage that does not exist fails the
 * import.
 */
final class PassageIndex {

	private final Map<Integer, Passage> byNumber;

	PassageIndex(List<Passage> passages) {
		this.byNumber = passages.stream().collect(Collectors.toMap(Passage::getNumber, Function.identity()));
	}

	Passage get(int number, String citedBy) {
		Passage passage = this.byNumber.get(number);
		if (passage == null) {
			throw new IllegalStateException(citedBy + " cites passage " + number + ", which does not exist");
		}
		return passage;
	}

	List<Integer> check(List<Integer> numbers, String citedBy) {
		List<Integer> checked = ContentDocuments.orEmpty(numbers);
		checked.forEach((number) -> get(number, citedBy));
		return checked;
	}

	int size() {
		return this.byNumber.size();
	}

}
