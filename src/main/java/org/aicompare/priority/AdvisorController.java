package org.aicompare.priority;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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

	private final PresetLinks presets;

	private final PageCitations citations;

	private final AdvisorMixView mixView;

	AdvisorController(Advisor advisor, PresetLinks presets, PageCitations citations, AdvisorMixView mixView) {
		this.citations = citations;
		this.mixView = mixView;
		this.advisor = advisor;
		this.presets = presets;
	}

	@GetMapping("/advisor")
	ModelAndView advisor(@RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		if (PrioritySelection.isForm(params)) {
			return new ModelAndView("redirect:" + PrioritySelection.advisorAddressFor(params));
		}
		Advisor.Advice advice = advise(params, model, response);
		// A mix with a result is rendered from the page's shell; the page without one, or
		// with values sent back, is rare enough to render whole.
		return (advice.hasResult() && !advice.hasProblems()) ? new ModelAndView(this.mixView) : new ModelAndView(VIEW);
	}

	@GetMapping("/advisor/print")
	String print(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		advise(params, model, response);
		return PRINT_VIEW;
	}

	private Advisor.Advice advise(MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Advisor.Advice advice = this.advisor.advise(params.getOrDefault(PrioritySelection.PARAMETER, List.of()),
				params.getOrDefault(Requirement.PARAMETER, List.of()), params.getFirst(EditionNumbers.PARAMETER));
		if (advice.hasProblems()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("page", AdvisorPage.of(advice, this.presets.all()));
		String query = PrioritySelection.advisorAddressFor(params);
		model.addAttribute("citation", this.citations.of(query));
		return advice;
	}

}
