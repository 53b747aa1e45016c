package org.aicompare.priority;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import org.aicompare.project.OrganisationFit;

/**
 * Ranks the organisation list by a reader's priorities, with the advisor's arithmetic on
 * the organisations' editorial ratings: {@code /projects?priority=speed}.
 *
 * @author aicompare
 */
@Component
class PriorityOrganisationFit implements OrganisationFit {

	private final AdvisorData data;

	PriorityOrganisationFit(AdvisorData data) {
		this.data = data;
	}

	@Override
	public Fit fit(MultiValueMap<String, String> parameters) {
		if (!parameters.containsKey(PrioritySelections.PARAMETER)) {
			return null;
		}
		AdvisorData.Snapshot snapshot = this.data.load();
		PrioritySelection selection = PrioritySelections.read(parameters, snapshot, "/projects");
		if (selection == null) {
			return null;
		}
		Map<String, Double> scores = new LinkedHashMap<>();
		new Scorer(snapshot.organisations().scoring()).rank(selection.weights())
			.forEach((score) -> scores.put(score.model(), score.score()));
		Map<String, PrioritySummary> priorities = snapshot.bySlug();
		return new Fit(PrioritySelections.PARAMETER, selection.values(),
				selection.weights().keySet().stream().map((slug) -> priorities.get(slug).name()).toList(), scores,
				selection.advisorAddress());
	}

}
