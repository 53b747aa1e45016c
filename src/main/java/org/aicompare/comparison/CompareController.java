package org.aicompare.comparison;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.web.InvalidParameterException;
import org.aicompare.web.PageCitations;

/**
 * The comparison matrix on a page of its own: every dimension against the models a reader
 * chooses, with a radar chart of their ratings above the table.
 */
@Controller
class CompareController {

	static final String VIEW = "comparison/compare";

	static final String MODELS = "models";

	private final MatrixService matrix;

	private final List<MatrixFocus> focuses;

	private final PageCitations citations;

	CompareController(MatrixService matrix, List<MatrixFocus> focuses, PageCitations citations) {
		this.citations = citations;
		this.matrix = matrix;
		this.focuses = focuses;
	}

	@GetMapping("/compare")
	String compare(@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletRequest request) {
		Matrix all = this.matrix.matrix();
		List<String> chosen = chosen(parameters.get(MODELS), all.slugs());
		Matrix shown = all.only(chosen);
		MatrixFocus.Focus focus = this.focuses.stream()
			.map((each) -> each.focus(parameters))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		model.addAttribute("allModels", all.models());
		model.addAttribute("chosen", chosen);
		model.addAttribute("focus", focus);
		model.addAttribute("matrix", (focus != null) ? shown.withFirst(focus.dimensions()) : shown);
		model.addAttribute("shownNames", shown.models().stream().map(Matrix.Column::name).toList());
		// A radar needs three axes to enclose anything; with fewer the table says it all.
		model.addAttribute("radar",
				(shown.rows().size() >= RadarChart.MIN_AXES) ? RadarChart.of(shown, all.slugs()) : null);
		model.addAttribute("citation", this.citations.of(pathWithQuery(request)));
		return VIEW;
	}

	/**
	 * The models a reader asked for, in the site's order, from comma-separated and
	 * repeated values alike; all models when none were asked for.
	 */
	private static List<String> chosen(List<String> values, List<String> known) {
		if (values == null) {
			return known;
		}
		Set<String> asked = new LinkedHashSet<>();
		for (String value : values) {
			for (String slug : value.split(",", -1)) {
				String trimmed = slug.strip();
				if (trimmed.isEmpty()) {
					throw new InvalidParameterException(MODELS, value, known);
				}
				if (!known.contains(trimmed)) {
					throw new InvalidParameterException(MODELS, trimmed, known);
				}
				asked.add(trimmed);
			}
		}
		return known.stream().filter(asked::contains).toList();
	}

	/**
	 * The page's path with the query that selects what it shows, as a citation names it.
	 */
	static String pathWithQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
