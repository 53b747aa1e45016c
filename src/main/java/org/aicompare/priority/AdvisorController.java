package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The priority advisor: the reader weighs priorities and gets a recommendation with its
 * arithmetic and its fragility. The URL is the state, so every result can be shared.
 *
 * @author aicompare
 */
@Controller
class AdvisorController {

	static final String VIEW = "priority/advisor";

	static final String PRINT_VIEW = "priority/advisor-print";

	/** Weight fields of the form, one per priority: {@code weight-speed=3}. */
	static final String WEIGHT_FIELD = "weight-";

	private final Advisor advisor;

	private final PresetRepository presets;

	AdvisorController(Advisor advisor, PresetRepository presets) {
		this.advisor = advisor;
		this.presets = presets;
	}

	@GetMapping("/advisor")
	String advisor(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		if (params.keySet().stream().anyMatch((name) -> name.startsWith(WEIGHT_FIELD))) {
			return "redirect:" + canonical(params);
		}
		return render(params, model, response, VIEW);
	}

	@GetMapping("/advisor/print")
	String print(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return render(params, model, response, PRINT_VIEW);
	}

	private String render(MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			String view) {
		Advisor.Advice advice = this.advisor.advise(params.getOrDefault("priority", List.of()));
		if (advice.hasProblems()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("page", AdvisorPage.of(advice, this.presets.findAllByOrderByPosition()));
		return view;
	}

	/**
	 * The form sends a checkbox per selected priority and a weight field per priority;
	 * the address a reader keeps and shares carries both in one value,
	 * {@code transparency:3}.
	 */
	private static String canonical(MultiValueMap<String, String> params) {
		List<String> values = new ArrayList<>();
		for (String slug : params.getOrDefault("priority", List.of())) {
			String weight = params.getFirst(WEIGHT_FIELD + slug);
			values.add((weight == null || weight.equals("1") || slug.contains(":")) ? slug : slug + ":" + weight);
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/advisor");
		values.forEach((value) -> uri.queryParam("priority", value));
		// Encoded whole, values and all: a brace in a value must not read as a URI
		// template variable when the redirect is expanded.
		return uri.build().encode().toUriString();
	}

}
