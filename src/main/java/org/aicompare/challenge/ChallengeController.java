package org.aicompare.challenge;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.edition.Editions;
import org.aicompare.web.InvalidParameterException;

/**
 * Challenging a rating: the form, on a page of its own that shows the rating; the post;
 * the page that says it was received; and the public list of every challenge that is not
 * spam, newest first.
 */
@Controller
class ChallengeController {

	/** The model attribute every page's canonical link is made from. */
	private static final String CANONICAL_URL = "canonicalUrl";

	static final String FORM_VIEW = "challenge/form";

	static final String RECEIVED_VIEW = "challenge/received";

	static final String LIST_VIEW = "challenge/list";

	static final int LIST_PAGE_SIZE = 50;

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ChallengedRatings ratings;

	private final ChallengePosting posting;

	private final ChallengeRepository challenges;

	private final Editions editions;

	ChallengeController(ChallengedRatings ratings, ChallengePosting posting, ChallengeRepository challenges,
			Editions editions) {
		this.ratings = ratings;
		this.posting = posting;
		this.challenges = challenges;
		this.editions = editions;
	}

	@InitBinder("challengeForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/challenges/new")
	String form(@RequestParam(required = false) String rating, Model model) {
		ChallengedRating challenged = rating(rating);
		model.addAttribute("rating", challenged);
		model.addAttribute("challengeForm", this.posting.newForm(challenged));
		// A form made for one reader and one rating is no page to index: it names no
		// canonical address (the path alone, without the rating, is a 400).
		model.addAttribute(CANONICAL_URL, null);
		return FORM_VIEW;
	}

	@PostMapping("/challenges")
	String post(@RequestParam(required = false) String rating,
			@Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		ChallengedRating challenged = rating(rating);
		Challenge saved = this.posting.post(challenged, form, errors, request);
		if (saved == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("rating", challenged);
			return FORM_VIEW;
		}
		return "redirect:/challenges/" + saved.getId() + "/received";
	}

	@GetMapping("/challenges/{id}/received")
	String received(@PathVariable long id, Model model) {
		// Spam is acknowledged like any other, so that a program learns nothing from it.
		Challenge challenge = this.challenges.findById(id).orElseThrow(() -> new ChallengeNotFoundException(id));
		model.addAttribute("challenge", new Received(challenge.getId(), challenge.getSubjectName(),
				challenge.getAspectName(), challenge.getPagePath()));
		return RECEIVED_VIEW;
	}

	@GetMapping("/challenges")
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		Page<Challenge> shown = this.challenges.findByStatusNot(ChallengeStatus.SPAM,
				PageRequest.of(PageNumbers.parse(page) - 1, LIST_PAGE_SIZE, NEWEST_FIRST));
		model.addAttribute("challenges",
				shown.getContent().stream().map((each) -> ChallengeEntry.of(each, this.editions)).toList());
		model.addAttribute("page", Pager.of(shown));
		return LIST_VIEW;
	}

	private ChallengedRating rating(String key) {
		return RatingKey.parse(key)
			.flatMap(this.ratings::find)
			.orElseThrow(() -> new InvalidParameterException("rating", (key != null) ? key : "",
					List.copyOf(RatingKey.FORMATS)));
	}

	/**
	 * A challenge just received, as the page that says so shows it: its number, always
	 * open to the reader who sent it.
	 *
	 * @param id its number
	 * @param subjectName what is rated
	 * @param aspectName the dimension or axis
	 * @param pagePath where the rating is shown
	 */
	record Received(long id, String subjectName, String aspectName, String pagePath) {
	}

}
