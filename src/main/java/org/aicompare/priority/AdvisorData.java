package org.aicompare.priority;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.Cell;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;

/**
 * Reads what the advisor scores with from the database: the priorities' links to
 * dimensions and the matrix ratings, in two statements.
 *
 * @author aicompare
 */
@Service
public class AdvisorData {

	private final PriorityRepository priorities;

	private final DimensionRepository dimensions;

	public AdvisorData(PriorityRepository priorities, DimensionRepository dimensions) {
		this.priorities = priorities;
		this.dimensions = dimensions;
	}

	/**
	 * The scoring data as stored now.
	 * @return the data
	 */
	@Transactional(readOnly = true)
	public ScoringData load() {
		Map<String, List<ScoringData.Link>> links = new LinkedHashMap<>();
		for (Priority priority : this.priorities.findAllWithWeights()) {
			links.put(priority.getSlug(),
					priority.getWeights()
						.stream()
						.map((weight) -> new ScoringData.Link(weight.getDimension().getSlug(), weight.getWeight(),
								weight.getPrefers()))
						.toList());
		}
		List<Dimension> matrix = this.dimensions.findMatrix();
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		for (Dimension dimension : matrix) {
			Map<String, Integer> byModel = new LinkedHashMap<>();
			dimension.getCells().forEach((cell) -> byModel.put(cell.getModel().getSlug(), cell.getRating()));
			ratings.put(dimension.getSlug(), byModel);
		}
		List<String> models = matrix.stream()
			.flatMap((dimension) -> dimension.getCells().stream())
			.map(Cell::getModel)
			.distinct()
			.sorted(Comparator.comparingInt((model) -> model.getPosition()))
			.map((model) -> model.getSlug())
			.toList();
		return new ScoringData(models, links, ratings);
	}

}
