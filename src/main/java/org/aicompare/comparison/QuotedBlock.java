package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.List;

import org.aicompare.source.SourcePassage;
import org.aicompare.source.PassageKind;

/**
 * A run of quoted passages as a page lays them out: list items together in one list,
 * every other passage a paragraph of its own, so a model page reads like the source it
 * quotes.
 *
 * @param list whether the passages are items of one list
 * @param passages the passages, in the order cited
 * @author aicompare
 */
public record QuotedBlock(boolean list, List<SourcePassage> passages) {

	/**
	 * Group cited passages into blocks.
	 * @param passages the passages, in the order cited
	 * @return the blocks
	 */
	static List<QuotedBlock> of(List<SourcePassage> passages) {
		List<QuotedBlock> blocks = new ArrayList<>();
		List<SourcePassage> items = new ArrayList<>();
		for (SourcePassage passage : passages) {
			if (passage.kind() == PassageKind.LIST_ITEM) {
				items.add(passage);
				continue;
			}
			if (!items.isEmpty()) {
				blocks.add(new QuotedBlock(true, List.copyOf(items)));
				items.clear();
			}
			blocks.add(new QuotedBlock(false, List.of(passage)));
		}
		if (!items.isEmpty()) {
			blocks.add(new QuotedBlock(true, List.copyOf(items)));
		}
		return blocks;
	}

}
