package org.aicompare.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.MatrixService;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;

/**
 * The home page: the question the site answers, the source's short verdict, the three
 * models, the matrix at a glance, the ways in, and what changed last.
 *
 * @author aicompare
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	/**
	 * The source's verdict in its own words: who leads now, what is gaining, what is
	 * likely.
	 */
	static final List<Integer> VERDICT = List.of(215, 216, 228, 229, 200, 213);

	private final DeploymentModelRepository models;

	private final MatrixService matrix;

	private final PassageRepository passages;

	private final ContentVersionRepository versions;

	private final ContentChangeRepository changes;

	HomeController(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
			ContentVersionRepository versions, ContentChangeRepository changes) {
		this.models = models;
		this.matrix = matrix;
		this.passages = passages;
		this.versions = versions;
		this.changes = changes;
	}

	@GetMapping("/")
	String home(Model model) {
		List<DeploymentModel> models = this.models.findAllByOrderByPosition();
		List<Integer> cited = new ArrayList<>(VERDICT);
		models.forEach((each) -> cited.addAll(each.getCharacteristics()));
		model.addAttribute("models", models);
		model.addAttribute("verdict", VERDICT);
		model.addAttribute("matrix", this.matrix.matrix());
		model.addAttribute("citations", Citations.of(this.passages.findByNumberInOrderByNumber(cited)));
		model.addAttribute("contentVersion", this.versions.current().getVersion());
		model.addAttribute("latestChange",
				this.changes.findAllByOrderByChangedOnDescIdDesc().stream().findFirst().orElse(null));
		return VIEW;
	}

}
