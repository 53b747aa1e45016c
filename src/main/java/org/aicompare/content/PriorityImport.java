package org.aicompare.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.Dimension;
import org.aicompare.priority.EvidenceLink;
import org.aicompare.priority.Preset;
import org.aicompare.priority.PresetRepository;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PrioritySelection;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.priority.PriorityWeight;
import org.aicompare.priority.PriorityWeightRepository;
import org.aicompare.priority.Scorer;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.project.Requirement;
import org.aicompare.web.InvalidParameterException;

/**
 * Stores the business priorities, the weights that tie each to matrix dimensions, the
 * buyer facts that also measure it for organisations, and the presets.
 */
@Component
class PriorityImport {

	private final PriorityRepository priorities;

	private final PriorityWeightRepository weights;

	private final PresetRepository presets;

	PriorityImport(PriorityRepository priorities, PriorityWeightRepository weights, PresetRepository presets) {
		this.priorities = priorities;
		this.weights = weights;
		this.presets = presets;
	}

	void save(Content content, Map<String, Dimension> dimensions, PassageIndex passages) {
		int position = 0;
		for (ContentDocuments.Priority doc : content.priorities().priorities()) {
			String where = "Priority " + doc.slug();
			if (doc.review() == null || doc.review().isBlank()) {
				throw new IllegalStateException(where + " gives no review of how it is measured");
			}
			Priority priority = this.priorities.save(new Priority(doc.slug(), doc.name(), doc.leaning(), position++,
					doc.description(), passages.check(doc.cites(), where), passages.check(doc.merged(), where),
					evidence(doc, where), doc.review().strip()));
			if (ContentDocuments.orEmpty(doc.dimensions()).isEmpty()) {
				throw new IllegalStateException(where + " depends on no dimension");
			}
			for (ContentDocuments.Weight weight : doc.dimensions()) {
				Dimension dimension = dimensions.get(weight.dimension());
				if (dimension == null) {
					throw new IllegalStateException(where + " names unknown dimension " + weight.dimension());
				}
				this.weights.save(new PriorityWeight(priority, dimension, weight.weight(), weight.pole(),
						weight.rationale(), passages.check(weight.cites(), where)));
			}
		}
		savePresets(content);
	}

	/**
	 * A priority's evidence links: each a question whose answers are a yes, a partly or a
	 * no (never a description), counted once, with a weight the scorer accepts.
	 */
	private static List<EvidenceLink> evidence(ContentDocuments.Priority doc, String where) {
		List<EvidenceLink> links = new ArrayList<>();
		Set<BuyerQuestion> seen = new HashSet<>();
		for (ContentDocuments.Evidence evidence : ContentDocuments.orEmpty(doc.evidence())) {
			BuyerQuestion question = evidence.toQuestion();
			if (!question.isYesOrNo() || !seen.add(question) || evidence.weight() < Scorer.MIN_WEIGHT
					|| evidence.weight() > Scorer.MAX_WEIGHT) {
				throw new IllegalStateException(where + " counts " + evidence.question() + " with weight "
						+ evidence.weight() + ": a yes-or-no question, once, weighted 1 to 3");
			}
			links.add(new EvidenceLink(question, evidence.weight()));
		}
		return links;
	}

	private void savePresets(Content content) {
		Set<String> slugs = new HashSet<>();
		content.priorities().priorities().forEach((priority) -> slugs.add(priority.slug()));
		int position = 0;
		for (ContentDocuments.Preset preset : ContentDocuments.orEmpty(content.priorities().presets())) {
			try {
				PrioritySelection.parseStored(preset.selection(), slugs);
			}
			catch (PrioritySelection.InvalidSelectionException ex) {
				throw new IllegalStateException("Preset " + preset.slug() + ": " + ex.getMessage(), ex);
			}
			String require = (preset.require() != null) ? preset.require().strip() : "";
			try {
				Requirement.parse(List.of(require));
			}
			catch (InvalidParameterException ex) {
				throw new IllegalStateException("Preset " + preset.slug() + " requires " + ex.getMessage(), ex);
			}
			if (!require.isEmpty() && (preset.requireRationale() == null || preset.requireRationale().isBlank())) {
				throw new IllegalStateException("Preset " + preset.slug() + " sets must-haves without saying why");
			}
			this.presets.save(new Preset(preset.slug(), preset.name(), position++, preset.selection(),
					preset.rationale(), require, (preset.requireRationale() != null) ? preset.requireRationale() : ""));
		}
	}

}
