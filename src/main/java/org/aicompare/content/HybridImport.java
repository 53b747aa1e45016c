package org.aicompare.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.Dimension;
import org.aicompare.hybrid.HybridPattern;
import org.aicompare.hybrid.HybridPatternRepository;
import org.aicompare.hybrid.PatternAxis;
import org.aicompare.hybrid.PatternParty;
import org.aicompare.hybrid.PatternRating;
import org.aicompare.spectrum.Axis;

/**
 * Stores the hybrid patterns, checked first: the quote is in the passages it cites, every
 * axis and every dimension is described once, each rating has its reason, and every
 * priority, organisation and reference named exists.
 */
@Component
class HybridImport {

	private final HybridPatternRepository patterns;

	HybridImport(HybridPatternRepository patterns) {
		this.patterns = patterns;
	}

	void save(Content content, Map<String, Dimension> dimensions, PassageIndex passages) {
		Set<String> priorities = content.priorities()
			.priorities()
			.stream()
			.map(ContentDocuments.Priority::slug)
			.collect(Collectors.toSet());
		Set<String> organisations = content.organisations()
			.organisations()
			.stream()
			.map(ContentDocuments.Organisation::slug)
			.collect(Collectors.toSet());
		Set<String> references = content.facts()
			.references()
			.stream()
			.map(ContentDocuments.Reference::code)
			.collect(Collectors.toSet());
		Set<String> axes = new HashSet<>();
		for (Axis axis : Axis.values()) {
			axes.add(axis.slug());
		}
		int position = 0;
		for (ContentDocuments.HybridPattern doc : content.hybrid().patterns()) {
			String where = "Hybrid pattern " + doc.slug();
			ContentDocuments.Scenario scenario = doc.scenario();
			List<Integer> cited = passages.check(scenario.passages(), where);
			if (cited.isEmpty() || cited.stream()
				.noneMatch((number) -> passages.get(number, where).getText().contains(scenario.quote()))) {
				throw new IllegalStateException(
						where + " quotes \"" + scenario.quote() + "\", which is not in passages " + cited);
			}
			require(where + " axes", doc.axes().keySet(), axes);
			require(where + " ratings", doc.ratings().keySet(), dimensions.keySet());
			known(where + " serves priorities", doc.serves(), priorities);
			known(where, doc.sources(), references);
			HybridPattern pattern = new HybridPattern(doc.slug(), doc.name(), position++,
					new HybridPattern.Texts(doc.summary(), scenario.quote(), scenario.realises(), doc.delivers(),
							doc.tradeOffs()),
					cited, doc.serves(), doc.sources());
			for (Axis axis : Axis.values()) {
				pattern.getAxes().add(new PatternAxis(pattern, axis, doc.axes().get(axis.slug())));
			}
			dimensions.forEach((slug, dimension) -> {
				ContentDocuments.PatternRating rating = doc.ratings().get(slug);
				known(where + " rating " + slug, rating.sources(), references);
				if (rating.rating() < 1 || rating.rating() > 5 || rating.rationale() == null
						|| rating.rationale().isBlank()) {
					throw new IllegalStateException(
							where + " rating " + slug + " needs a rating from 1 to 5 and a reason");
				}
				pattern.getRatings()
					.add(new PatternRating(pattern, dimension, rating.rating(), rating.rationale(), rating.sources()));
			});
			int order = 0;
			for (ContentDocuments.Party party : ContentDocuments.orEmpty(doc.parties())) {
				if (party.organisation() != null && !organisations.contains(party.organisation())) {
					throw new IllegalStateException(where + " names unknown organisation " + party.organisation());
				}
				known(where + " party " + party.name(), party.sources(), references);
				pattern.getParties()
					.add(new PatternParty(pattern, order++, party.name(), party.organisation(), party.role(),
							party.sources()));
			}
			this.patterns.save(pattern);
		}
	}

	private static void require(String where, Set<String> given, Set<String> expected) {
		if (!given.equals(expected)) {
			throw new IllegalStateException(where + " must be exactly " + expected + ", not " + given);
		}
	}

	private static void known(String where, List<String> values, Set<String> known) {
		List<String> listed = ContentDocuments.orEmpty(values);
		if (listed.isEmpty() || !known.containsAll(listed)) {
			throw new IllegalStateException(where + " names " + listed + "; each must be one of " + known);
		}
	}

}
