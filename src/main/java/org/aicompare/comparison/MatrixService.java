package org.aicompare.comparison;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;

/**
 * Assembles the matrix from the stored dimensions and cells in one query, with the
 * edition each cell's rating last changed in, and keeps it for the site revision.
 */
@Service
public class MatrixService {

	private final DimensionRepository dimensions;

	private final Editions editions;

	public MatrixService(DimensionRepository dimensions, Editions editions) {
		this.dimensions = dimensions;
		this.editions = editions;
	}

	/**
	 * The whole matrix, models in their display order.
	 * @return the matrix
	 */
	@Cacheable("matrix")
	@Transactional(readOnly = true)
	public Matrix matrix() {
		List<Dimension> stored = this.dimensions.findMatrix();
		List<DeploymentModel> models = stored.stream()
			.flatMap((dimension) -> dimension.getCells().stream())
			.map(Cell::getModel)
			.distinct()
			.sorted(Comparator.comparingInt(DeploymentModel::getPosition))
			.toList();
		Map<String, Integer> changedIn = this.editions.lastChanged();
		List<Matrix.Row> rows = stored.stream().map((dimension) -> row(dimension, models, changedIn)).toList();
		return new Matrix(models.stream()
			.map((model) -> new Matrix.Column(model.getSlug(), model.getName(), model.getSummary()))
			.toList(), rows);
	}

	private static List<Matrix.Evidence> evidence(Cell cell) {
		return cell.getEvidence()
			.stream()
			.map((fact) -> new Matrix.Evidence(fact.getText(), fact.getSources(), fact.getAsOf()))
			.toList();
	}

	private static Matrix.Row row(Dimension dimension, List<DeploymentModel> models, Map<String, Integer> changedIn) {
		List<Matrix.Entry> cells = models.stream()
			.map((model) -> dimension.getCells()
				.stream()
				.filter((cell) -> cell.getModel().equals(model))
				.findFirst()
				.map((cell) -> new Matrix.Entry(model.getSlug(), cell.getText(), cell.getRating(), cell.getKind(),
						cell.getRationale(), cell.getCites(), evidence(cell),
						changedIn.get(EditionKeys.matrixRating(dimension.getSlug(), model.getSlug()))))
				.orElseThrow(() -> new IllegalStateException(
						"Dimension " + dimension.getSlug() + " has no cell for " + model.getSlug())))
			.toList();
		return new Matrix.Row(dimension.getSlug(), dimension.getName(), dimension.getPassage(), dimension.getQuestion(),
				dimension.getLowLabel(), dimension.getHighLabel(), cells);
	}

}
