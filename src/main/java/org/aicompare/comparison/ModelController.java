package org.aicompare.comparison;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.PageKind;
import org.aicompare.web.RelatedLinks;

/**
 * One deployment model's page: what the source says it is, its characteristics and
 * examples, when to choose it, its column of the matrix, and the pages other features
 * relate to it.
 *
 * @author aicompare
 */
@Controller
class ModelController {

	static final String VIEW = "comparison/model";

	/**
	 * The sentence that introduces each model's examples. The content files list the
	 * examples but not this line, and for decentralized AI it carries the note explaining
	 * why its examples come from later in the source.
	 */
	static final Map<String, Integer> EXAMPLES_INTRO = Map.of("centralized", 6, "decentralized", 24);

	private final DeploymentModelRepository models;

	private final MatrixService matrix;

	private final PassageRepository passages;

	private final List<RelatedLinks> related;

	ModelController(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
			List<RelatedLinks> related) {
		this.models = models;
		this.matrix = matrix;
		this.passages = passages;
		this.related = related;
	}

	@GetMapping("/models/{slug}")
	String model(@PathVariable String slug, Model model) {
		DeploymentModel shown = this.models.findBySlug(slug).orElseThrow(() -> new ModelNotFoundException(slug));
		Optional<Integer> intro = Optional.ofNullable(EXAMPLES_INTRO.get(slug));
		List<Integer> cited = Stream
			.of(shown.getDefinition(), shown.getCharacteristics(), shown.getExamples(), shown.getWhenToChoose(),
					intro.stream().toList())
			.flatMap(List::stream)
			.distinct()
			.toList();
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(cited));
		Matrix all = this.matrix.matrix();
		model.addAttribute("deploymentModel", shown);
		model.addAttribute("allModels", all.models());
		model.addAttribute("definition", QuotedBlock.of(citations.all(shown.getDefinition())));
		model.addAttribute("characteristics", QuotedBlock.of(citations.all(shown.getCharacteristics())));
		model.addAttribute("examplesIntro", intro.map(citations::get).orElse(null));
		model.addAttribute("examples", citations.all(shown.getExamples()));
		model.addAttribute("whenToChoose", QuotedBlock.of(citations.all(shown.getWhenToChoose())));
		model.addAttribute("column", all.only(List.of(slug)));
		model.addAttribute("related", RelatedLinks.collect(this.related, PageKind.MODEL, slug));
		return VIEW;
	}

}
