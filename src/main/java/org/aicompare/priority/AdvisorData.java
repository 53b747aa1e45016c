package org.aicompare.priority;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.Cell;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;

/**
 * Reads what the advisor works with from the database, in two statements: the priorities
 * with their links to dimensions, and the matrix ratings.
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
	 * The advisor's data as stored now.
	 * @return the data
	 */
	@Transactional(readOnly = true)
	public Snapshot load() {
		List<Priority> priorities = this.priorities.findAllWithWeights();
		Map<String, List<ScoringData.Link>> links = new LinkedHashMap<>();
		for (Priority priority : priorities) {
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
		Map<String, String> models = new LinkedHashMap<>();
		matrix.stream()
			.flatMap((dimension) -> dimension.getCells().stream())
			.map(Cell::getModel)
			.distinct()
			.sorted(Comparator.comparingInt(DeploymentModel::getPosition))
			.forEach((model) -> models.put(model.getSlug(), model.getName()));
		return new Snapshot(priorities, models, new ScoringData(List.copyOf(models.keySet()), links, ratings));
	}

	/**
	 * The advisor's data at one moment.
	 *
	 * @param priorities every priority with its weights and their dimensions, in display
	 * order
	 * @param models model names by slug, in display order
	 * @param scoring what the scorer needs
	 */
	public record Snapshot(List<Priority> priorities, Map<String, String> models, ScoringData scoring) {

		/**
		 * The slugs of every priority.
		 * @return the slugs
		 */
		public Set<String> slugs() {
			return this.priorities.stream()
				.map(Priority::getSlug)
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		}

		/**
		 * Priorities by slug.
		 * @return the map, in display order
		 */
		public Map<String, Priority> bySlug() {
			Map<String, Priority> bySlug = new LinkedHashMap<>();
			this.priorities.forEach((priority) -> bySlug.put(priority.getSlug(), priority));
			return bySlug;
		}

	}

}
