package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import org.aicompare.comparison.MatrixFocus;

/**
 * Brings forward the dimensions a reader's priorities depend on, on the comparison page:
 * {@code /compare?priority=data-ownership&priority=transparency}. Dimensions come in the
 * order of how much the selection depends on them.
 *
 * @author aicompare
 */
@Component
class PriorityMatrixFocus implements MatrixFocus {

	private final AdvisorData data;

	PriorityMatrixFocus(AdvisorData data) {
		this.data = data;
	}

	@Override
	public Focus focus(MultiValueMap<String, String> parameters) {
		if (!parameters.containsKey(PrioritySelections.PARAMETER)) {
			return null;
		}
		AdvisorData.Snapshot snapshot = this.data.load();
		PrioritySelection selection = PrioritySelections.read(parameters, snapshot, "/compare");
		if (selection == null) {
			return null;
		}
		Map<String, PrioritySummary> priorities = snapshot.bySlug();
		Map<String, Integer> weightByDimension = new LinkedHashMap<>();
		List<Reason> reasons = new ArrayList<>();
		selection.weights().forEach((slug, importance) -> {
			for (PrioritySummary.Link weight : priorities.get(slug).weights()) {
				weightByDimension.merge(weight.dimension(), importance * weight.weight(), Integer::sum);
				reasons.add(new Reason(priorities.get(slug).name(), weight.dimensionName(), weight.weight()));
			}
		});
		List<String> dimensions = weightByDimension.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.toList();
		return new Focus(PrioritySelections.PARAMETER, selection.values(), dimensions, reasons,
				selection.advisorAddress());
	}

}
