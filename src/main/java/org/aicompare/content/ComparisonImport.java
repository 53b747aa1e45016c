package org.aicompare.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.Cell;
import org.aicompare.comparison.CellEvidence;
import org.aicompare.comparison.CellEvidenceRepository;
import org.aicompare.comparison.CellRepository;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.content.ContentDocuments.GeneralFact;

/**
 * Stores the deployment models and the matrix: dimensions, their rated cells, and the
 * sourced facts some cells rest on.
 */
@Component
class ComparisonImport {

	private final DeploymentModelRepository models;

	private final DimensionRepository dimensions;

	private final CellRepository cells;

	private final CellEvidenceRepository evidence;

	ComparisonImport(DeploymentModelRepository models, DimensionRepository dimensions, CellRepository cells,
			CellEvidenceRepository evidence) {
		this.models = models;
		this.dimensions = dimensions;
		this.cells = cells;
		this.evidence = evidence;
	}

	Map<String, DeploymentModel> saveModels(Content content, PassageIndex passages) {
		Map<String, DeploymentModel> saved = new LinkedHashMap<>();
		int position = 0;
		for (ContentDocuments.Model model : content.models().models()) {
			String where = "Model " + model.slug();
			DeploymentModel.Passages cited = new DeploymentModel.Passages(passages.check(model.definition(), where),
					passages.check(model.characteristics(), where), passages.check(model.examples(), where),
					passages.check(model.whenToChoose(), where));
			saved.put(model.slug(), this.models
				.save(new DeploymentModel(model.slug(), model.name(), position++, model.summary(), cited)));
		}
		return saved;
	}

	Map<String, Dimension> saveMatrix(Content content, Map<String, DeploymentModel> models, PassageIndex passages) {
		Map<String, Dimension> saved = new LinkedHashMap<>();
		int position = 0;
		for (ContentDocuments.Dimension row : content.matrix().dimensions()) {
			passages.get(row.passage(), "Dimension " + row.slug());
			Dimension dimension = this.dimensions.save(new Dimension(row.slug(), row.name(), position++, row.passage(),
					row.question(), row.low(), row.high()));
			if (!row.cells().keySet().equals(models.keySet())) {
				throw new IllegalStateException("Dimension " + row.slug() + " needs one cell for each of "
						+ models.keySet() + ", not " + row.cells().keySet());
			}
			row.cells().forEach((slug, cell) -> saveCell(dimension, models.get(slug), cell, content, passages));
			saved.put(row.slug(), dimension);
		}
		return saved;
	}

	private void saveCell(Dimension dimension, DeploymentModel model, ContentDocuments.Cell cell, Content content,
			PassageIndex passages) {
		String where = "Cell " + dimension.getSlug() + "/" + model.getSlug();
		Cell saved = this.cells.save(new Cell(dimension, model, cell.text(), cell.rating(), cell.rationale(),
				cell.kind(), passages.check(cell.cites(), where)));
		if (cell.evidence() != null) {
			List<GeneralFact> facts = ContentDocuments.orEmpty(content.facts().general())
				.stream()
				.filter((fact) -> fact.topic().equals(cell.evidence()))
				.toList();
			if (facts.isEmpty()) {
				throw new IllegalStateException(
						where + " names evidence '" + cell.evidence() + "' that facts.yml lacks");
			}
			facts.forEach((fact) -> this.evidence.save(new CellEvidence(saved, fact.text(), fact.sources(),
					(fact.asOf() != null) ? fact.asOf() : content.facts().asOf())));
		}
	}

}
