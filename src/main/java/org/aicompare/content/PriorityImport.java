package org.aicompare.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.Dimension;
import org.aicompare.priority.Preset;
import org.aicompare.priority.PresetRepository;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PrioritySelection;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.priority.PriorityWeight;
import org.aicompare.priority.PriorityWeightRepository;

/**
 * Stores the business priorities and the weights that tie each to matrix dimensions.
 *
 * @author aicompare
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
			Priority priority = this.priorities.save(new Priority(doc.slug(), doc.name(), doc.leaning(), position++,
					doc.description(), passages.check(doc.cites(), where), passages.check(doc.merged(), where)));
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
			this.presets
				.save(new Preset(preset.slug(), preset.name(), position++, preset.selection(), preset.rationale()));
		}
	}

}
