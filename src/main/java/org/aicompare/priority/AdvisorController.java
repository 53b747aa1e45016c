package org.aicompare.priority;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.edition.EditionNumbers;
import org.aicompare.project.Requirement;
import org.aicompare.web.PageCitations;

/**
 * The priority advisor: the reader weighs priorities and gets a recommendation with its
 * arithmetic and its fragility. The URL is the state, so every result can be shared.
 */
@Controller
class AdvisorController {

	static final String VIEW = "priority/advisor";

	static final String PRINT_VIEW = "priority/advisor-print";

	private final Advisor advisor;

	private final PresetRepository presets;

	private final PageCitations citations;

	AdvisorController(Advisor advisor, PresetRepository presets, PageCitations citations) {
		this.citations = citations;
		this.advisor = advisor;
		this.presets = presets;
	}

	@GetMapping("/advisor")
	String advisor(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		if (PrioritySelection.isForm(params)) {
			return "redirect:" + PrioritySelection.advisorAddressFor(params);
		}
		return render(params, model, response, VIEW);
	}

	@GetMapping("/advisor/print")
	String print(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return render(params, model, response, PRINT_VIEW);
	}

	private String render(MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			String view) {
		Advisor.Advice advice = this.advisor.advise(params.getOrDefault(PrioritySelection.PARAMETER, List.of()),
				params.getOrDefault(Requirement.PARAMETER, List.of()), params.getFirst(EditionNumbers.PARAMETER));
		if (advice.hasProblems()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("page", AdvisorPage.of(advice, this.presets.findAllByOrderByPosition()));
		String query = PrioritySelection.advisorAddressFor(params);
		model.addAttribute("citation", this.citations.of(query));
		return view;
	}

}
