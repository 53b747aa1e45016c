package org.aicompare.comparison;

import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deployment models and the comparison matrix as JSON, for clients that want the data
 * rather than the pages.
 *
 * @author aicompare
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX,
		produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
@Tag(name = "Comparison", description = "The deployment models and the comparison matrix.")
class ComparisonApiController {

	private final DeploymentModelRepository models;

	private final MatrixService matrix;

	private final PassageRepository passages;

	private final ApiTerms terms;

	ComparisonApiController(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
			ApiTerms terms) {
		this.models = models;
		this.matrix = matrix;
		this.passages = passages;
		this.terms = terms;
	}

	@GetMapping("/models")
	@Operation(summary = "List the deployment models",
			description = "The three models in the site's order, each with the summary the site adds.")
	ApiList<ComparisonApi.ModelSummary> models() {
		return this.terms.list(this.models.findAllByOrderByPosition()
			.stream()
			.map((model) -> new ComparisonApi.ModelSummary(model.getSlug(), model.getName(), model.getSummary(), true,
					links(model.getSlug())))
			.toList(), "/models", "/compare");
	}

	@GetMapping("/models/{slug}")
	@Operation(summary = "One deployment model",
			description = "What the source says the model is, its characteristics, examples and when to choose it, passage by passage.")
	@ApiResponse(responseCode = "200", description = "The model")
	@ApiResponse(responseCode = "404", description = "No model has this slug",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ComparisonApi.Model model(@Parameter(description = "The model's slug: centralized, decentralized or hybrid.",
			example = "hybrid") @PathVariable String slug) {
		DeploymentModel model = this.models.findBySlug(slug).orElseThrow(() -> new ModelNotFoundException(slug));
		List<Integer> cited = Stream
			.of(model.getDefinition(), model.getCharacteristics(), model.getExamples(), model.getWhenToChoose())
			.flatMap(List::stream)
			.distinct()
			.toList();
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(cited));
		return new ComparisonApi.Model(model.getSlug(), model.getName(), model.getSummary(), true,
				quotes(citations, model.getDefinition()), quotes(citations, model.getCharacteristics()),
				quotes(citations, model.getExamples()), quotes(citations, model.getWhenToChoose()), links(slug));
	}

	@GetMapping("/dimensions")
	@Operation(summary = "The comparison matrix",
			description = "Each dimension with one cell per model: text, rating, where it comes from, the passages it cites and the facts behind it.")
	ApiList<ComparisonApi.DimensionRow> dimensions() {
		return this.terms.list(this.matrix.matrix().rows().stream().map(ComparisonApiController::row).toList(),
				"/dimensions", "/compare");
	}

	private static ComparisonApi.DimensionRow row(Matrix.Row row) {
		return new ComparisonApi.DimensionRow(row.slug(), row.name(), row.question(), row.lowLabel(), row.highLabel(),
				row.passage(),
				row.cells()
					.stream()
					.map((cell) -> new ComparisonApi.CellEntry(cell.model(), cell.text(), cell.rating(), cell.kind(),
							cell.rationale(), cell.cites(),
							cell.evidence()
								.stream()
								.map((fact) -> new ComparisonApi.EvidenceEntry(fact.text(), fact.sources(),
										fact.asOf()))
								.toList()))
					.toList(),
				ApiLinks.of("/dimensions", "/compare#dimension-" + row.slug()));
	}

	private static List<ComparisonApi.Quote> quotes(Citations citations, List<Integer> numbers) {
		return citations.all(numbers)
			.stream()
			.map((passage) -> new ComparisonApi.Quote(passage.number(), passage.text()))
			.toList();
	}

	private static ApiLinks links(String slug) {
		return ApiLinks.of("/models/" + slug, "/models/" + slug);
	}

}
