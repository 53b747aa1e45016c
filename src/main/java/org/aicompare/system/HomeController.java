package org.aicompare.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.MatrixService;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;

/**
 * The home page: the question the site answers, the three models and the matrix.
 *
 * @author aicompare
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final DeploymentModelRepository models;

	private final MatrixService matrix;

	private final PassageRepository passages;

	private final ContentVersionRepository versions;

	HomeController(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
			ContentVersionRepository versions) {
		this.models = models;
		this.matrix = matrix;
		this.passages = passages;
		this.versions = versions;
	}

	@GetMapping("/")
	String home(Model model) {
		List<DeploymentModel> models = this.models.findAllByOrderByPosition();
		List<Integer> cited = models.stream().flatMap((each) -> each.getCharacteristics().stream()).toList();
		model.addAttribute("models", models);
		model.addAttribute("matrix", this.matrix.matrix());
		model.addAttribute("citations", Citations.of(this.passages.findByNumberInOrderByNumber(cited)));
		model.addAttribute("contentVersion", this.versions.current().getVersion());
		return VIEW;
	}

}
