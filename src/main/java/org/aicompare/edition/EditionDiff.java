package org.aicompare.edition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes what changed from one edition's snapshot to the next: ratings whose value
 * changed, facts, references and patterns added, removed or changed. A rating whose
 * reason alone was reworded did not change; a fact whose text changed within the same
 * owner and topic is one change, not a removal and an addition.
 */
final class EditionDiff {

	private EditionDiff() {
	}

	/**
	 * The changes from one snapshot to the next, in the order of the newer one's pages,
	 * what was removed last.
	 * @param before the previous edition's snapshot
	 * @param after the new snapshot
	 * @return the changes, possibly none
	 */
	static List<EditionChange> between(EditionSnapshot before, EditionSnapshot after) {
		Map<String, EditionItem> old = byKey(before);
		Map<String, EditionItem> now = byKey(after);
		List<EditionChange> changes = new ArrayList<>();
		List<EditionItem> added = new ArrayList<>();
		for (EditionItem item : now.values()) {
			EditionItem was = old.get(item.key());
			if (was == null) {
				added.add(item);
			}
			else if (!Objects.equals(was.value(), item.value())) {
				changes.add(change(item, EditionChange.Type.CHANGED, was.value(), item.value()));
			}
		}
		List<EditionItem> removed = new ArrayList<>(
				old.values().stream().filter((item) -> !now.containsKey(item.key())).toList());
		for (EditionItem item : added) {
			EditionItem replaced = (item.kind() == EditionItem.Kind.FACT) ? takeReplaced(removed, item) : null;
			changes.add((replaced != null) ? change(item, EditionChange.Type.CHANGED, replaced.value(), item.value())
					: change(item, EditionChange.Type.ADDED, null, item.value()));
		}
		removed.forEach((item) -> changes.add(change(item, EditionChange.Type.REMOVED, item.value(), null)));
		return changes;
	}

	private static EditionItem takeReplaced(List<EditionItem> removed, EditionItem item) {
		String slot = EditionKeys.slot(item.key());
		for (Iterator<EditionItem> it = removed.iterator(); it.hasNext();) {
			EditionItem candidate = it.next();
			if (candidate.kind() == EditionItem.Kind.FACT && EditionKeys.slot(candidate.key()).equals(slot)) {
				it.remove();
				return candidate;
			}
		}
		return null;
	}

	private static EditionChange change(EditionItem item, EditionChange.Type type, String from, String to) {
		return new EditionChange(item.key(), item.kind(), type, item.owner(), item.page(), item.pageTitle(),
				item.subject(), item.dimension(), from, to, item.reason());
	}

	private static Map<String, EditionItem> byKey(EditionSnapshot snapshot) {
		Map<String, EditionItem> byKey = new LinkedHashMap<>();
		snapshot.items().forEach((item) -> byKey.putIfAbsent(item.key(), item));
		return byKey;
	}

}
