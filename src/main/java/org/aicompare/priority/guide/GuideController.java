package org.aicompare.priority.guide;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.aicompare.web.SentForm;

/**
 * The guide's pages: choose priorities, answer either-or questions, get weights and the
 * advisor's result for them. Each step is a GET form that writes the next address, so the
 * reader's answers live in the address only.
 */
@Controller
class GuideController {

	static final String PATH = "/advisor/guide";

	static final String START_PATH = PATH + "/start";

	static final String START_VIEW = "priority/guide-start";

	static final String QUESTION_VIEW = "priority/guide-question";

	static final String RESULT_VIEW = "priority/guide-result";

	static final String INVALID_VIEW = "priority/guide-invalid";

	private final GuidePageAssembler pages;

	GuideController(GuidePageAssembler pages) {
		this.pages = pages;
	}

	@GetMapping(PATH)
	String guide(@RequestParam MultiValueMap<String, String> params, Model model) {
		List<String> priorities = params.getOrDefault(GuideState.PRIORITY, List.of());
		List<String> answers = params.getOrDefault(GuideState.ANSWER, List.of());
		if (priorities.isEmpty() && answers.isEmpty()) {
			model.addAttribute("page", this.pages.start(null));
			return START_VIEW;
		}
		GuideState state = GuideState.parse(priorities, answers, this.pages.known());
		String change = params.getFirst(GuideState.CHANGE);
		if (change != null) {
			return "redirect:" + PATH + "?" + state.changed(state.answer(change, this.pages.known())).toQuery();
		}
		String again = params.getFirst(GuideState.AGAIN);
		if (again != null) {
			Answer given = state.answer(again, this.pages.known());
			int index = Elicitation.indexOf(state.answers(), given);
			if (index < 0) {
				throw new InvalidGuideStateException(GuideProblem.NOT_ANSWERED, GuideState.AGAIN, again);
			}
			Answer before = state.answers().get(index);
			model.addAttribute("page",
					this.pages.question(state, new Question(before.first(), before.second()), before));
			return QUESTION_VIEW;
		}
		Optional<Question> next = state.elicitation().next();
		if (next.isPresent()) {
			model.addAttribute("page", this.pages.question(state, next.get(), null));
			return QUESTION_VIEW;
		}
		model.addAttribute("page", this.pages.result(state));
		return RESULT_VIEW;
	}

	/**
	 * The first step's form: at least two priorities go on to the first question, at
	 * their canonical address; fewer are shown the form again. The address without the
	 * form's mark (a link followed, not a form sent) leads to the first step.
	 */
	@GetMapping(START_PATH)
	String start(@RequestParam(name = GuideState.PRIORITY, required = false) List<String> priorities,
			@RequestParam(name = SentForm.PARAMETER, required = false) String sent, Model model,
			HttpServletResponse response) {
		if (priorities == null && !SentForm.sent(sent)) {
			return "redirect:" + PATH;
		}
		List<String> chosen = GuideState.priorities((priorities != null) ? priorities : List.of(), this.pages.known());
		if (chosen.size() < GuideState.MIN_PRIORITIES) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", this.pages.start(chosen));
			return START_VIEW;
		}
		return "redirect:" + PATH + "?" + new GuideState(chosen, List.of()).toQuery();
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidGuideStateException ex) {
		ModelAndView page = new ModelAndView(INVALID_VIEW, HttpStatus.BAD_REQUEST);
		page.addObject("problem", ex.getProblem());
		page.addObject("value", ex.getValue());
		page.addObject("validSlugs", List.copyOf(this.pages.known()));
		page.addObject("maxLength", GuideState.MAX_LENGTH);
		return page;
	}

}
