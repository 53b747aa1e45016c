package org.aicompare.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aicompare.content.ContentDocuments.Repair;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceKind;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.source.SourcePassage;
import org.aicompare.source.SourceTextParser;

/**
 * Stores the source text as passages, with the repairs the content files declare, and the
 * references behind the sourced facts.
 *
 * @author aicompare
 */
@Component
class SourceImport {

	private final PassageRepository passages;

	private final ReferenceRepository references;

	SourceImport(PassageRepository passages, ReferenceRepository references) {
		this.passages = passages;
		this.references = references;
	}

	PassageIndex save(Content content) {
		Map<Integer, Repair> repairs = ContentDocuments.orEmpty(content.about().repairs())
			.stream()
			.collect(Collectors.toMap(Repair::passage, Function.identity()));
		List<Passage> saved = new ArrayList<>();
		Map<String, String> repairedHeadings = new HashMap<>();
		for (SourcePassage parsed : SourceTextParser.parse(content.sourceText())) {
			Repair repair = repairs.remove(parsed.number());
			SourcePassage passage = (repair != null) ? repaired(parsed, repair) : parsed;
			if (passage.kind() == PassageKind.HEADING) {
				repairedHeadings.put(parsed.text(), passage.text());
			}
			saved.add(new Passage(
					passage.inSection(repairedHeadings.getOrDefault(passage.section(), passage.section()))));
		}
		if (!repairs.isEmpty()) {
			throw new IllegalStateException("Repairs name passages that do not exist: " + repairs.keySet());
		}
		this.passages.saveAll(saved);
		int position = 0;
		for (ContentDocuments.Reference reference : content.facts().references()) {
			this.references.save(new Reference(reference.code(), reference.title(), reference.address(),
					reference.publisher(), reference.published(), kind(reference), position++));
		}
		return new PassageIndex(saved);
	}

	private static ReferenceKind kind(ContentDocuments.Reference reference) {
		if (reference.kind() == null) {
			return null;
		}
		return switch (reference.kind()) {
			case "P" -> ReferenceKind.PRIMARY;
			case "S" -> ReferenceKind.SECONDARY;
			default -> throw new IllegalStateException(
					"Reference " + reference.code() + " has kind \"" + reference.kind() + "\"; P or S");
		};
	}

	private static SourcePassage repaired(SourcePassage parsed, Repair repair) {
		if (!parsed.original().strip().equals(repair.original())) {
			throw new IllegalStateException("Repair of passage " + parsed.number() + " expects \"" + repair.original()
					+ "\" but the passage is \"" + parsed.original() + "\"");
		}
		return new SourcePassage(parsed.number(), parsed.kind(), repair.text(), parsed.original(), repair.note(),
				parsed.section());
	}

}
