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
		model.addAttribute("page",
				new ModelPage(shown.toSummary(), all.models(), QuotedBlock.of(citations.all(shown.getDefinition())),
						QuotedBlock.of(citations.all(shown.getCharacteristics())),
						intro.map(citations::get).orElse(null), citations.all(shown.getExamples()),
						QuotedBlock.of(citations.all(shown.getWhenToChoose())), all.only(List.of(slug)),
						RelatedLinks.collect(this.related, PageKind.MODEL, slug)));
		return VIEW;
	}

}
