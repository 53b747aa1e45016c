package org.aicompare.priority;

import java.util.List;
import java.util.Set;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.priority.AdvisorPage.PresetLink;
import org.aicompare.project.Requirement;

/**
 * The advisor's presets as its page links them, read once per site revision: every answer
 * to a mix shows them, and a new mix should cost no query.
 */
@Component
class PresetLinks {

	private final PresetRepository presets;

	private final AdvisorData data;

	PresetLinks(PresetRepository presets, AdvisorData data) {
		this.presets = presets;
		this.data = data;
	}

	/**
	 * Every preset, in order, with the query that selects it.
	 * @return the presets
	 */
	@Cacheable("advisor-presets")
	@Transactional(readOnly = true)
	public List<PresetLink> all() {
		Set<String> slugs = this.data.load().slugs();
		return this.presets.findAllByOrderByPosition()
			.stream()
			.map((preset) -> new PresetLink(preset.getSlug(), preset.getName(), preset.getRationale(),
					PrioritySelection.parseStored(preset.getSelection(), slugs)
						.toQuery(Requirement.parse(List.of(preset.getRequirements()))),
					preset.getRequirementsRationale()))
			.toList();
	}

}
