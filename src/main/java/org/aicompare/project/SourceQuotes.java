package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.aicompare.source.SourcePassage;

/**
 * Passages the source says of an organisation under one heading of the source, so a
 * reader sees where each quote stands.
 *
 * @param section the heading the passages stand under
 * @param passages the passages, in reading order
 * @author aicompare
 */
public record SourceQuotes(String section, List<SourcePassage> passages) {

	/**
	 * Cut passages into runs that stand under the same heading.
	 * @param passages passages in reading order
	 * @return the runs
	 */
	public static List<SourceQuotes> inRuns(List<SourcePassage> passages) {
		List<SourceQuotes> runs = new ArrayList<>();
		for (SourcePassage passage : passages) {
			SourceQuotes last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && Objects.equals(last.section(), passage.section())) {
				last.passages().add(passage);
			}
			else {
				runs.add(new SourceQuotes(passage.section(), new ArrayList<>(List.of(passage))));
			}
		}
		return runs;
	}

}
