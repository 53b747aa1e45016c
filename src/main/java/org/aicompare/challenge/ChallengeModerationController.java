package org.aicompare.challenge;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aicompare.comment.CommentText;
import org.aicompare.edition.Editions;
import org.aicompare.web.InvalidParameterException;

/**
 * The moderators' challenge queues (open, accepted, declined, spam), newest first and
 * {@value #QUEUE_PAGE_SIZE} to a page, where each challenge is decided with a public
 * reason, and the audit trail of those decisions.
 */
@Controller
class ChallengeModerationController {

	static final String QUEUE_VIEW = "challenge/moderation";

	static final String AUDIT_VIEW = "challenge/audit";

	static final String QUEUE_PATH = "/admin/challenges";

	static final int QUEUE_PAGE_SIZE = 50;

	static final int AUDIT_PAGE_SIZE = 100;

	private final ChallengeRepository challenges;

	private final ChallengeDecisionRepository decisions;

	private final ChallengeModeration moderation;

	private final Editions editions;

	ChallengeModerationController(ChallengeRepository challenges, ChallengeDecisionRepository decisions,
			ChallengeModeration moderation, Editions editions) {
		this.challenges = challenges;
		this.decisions = decisions;
		this.moderation = moderation;
		this.editions = editions;
	}

	@GetMapping(QUEUE_PATH)
	String queue(@RequestParam(defaultValue = "open") String status, @RequestParam(defaultValue = "1") String page,
			Model model) {
		ChallengeStatus queue = status(status);
		Map<ChallengeStatus, Long> counts = new LinkedHashMap<>();
		Arrays.stream(ChallengeStatus.values())
			.forEach((each) -> counts.put(each, this.challenges.countByStatus(each)));
		Page<Challenge> shown = this.challenges.findByStatus(queue,
				PageRequest.of(PageNumbers.parse(page) - 1, QUEUE_PAGE_SIZE, ChallengeController.NEWEST_FIRST));
		model.addAttribute("status", queue);
		model.addAttribute("counts", counts);
		model.addAttribute("decisions",
				Arrays.stream(ChallengeDecisionKind.values())
					.filter((kind) -> kind.result() != queue)
					.map((kind) -> new Choice(kind.slug(), kind.name(), kind.needsReason()))
					.toList());
		model.addAttribute("challenges",
				shown.getContent().stream().map((each) -> ChallengeEntry.of(each, this.editions)).toList());
		model.addAttribute("page", Pager.of(shown));
		return QUEUE_VIEW;
	}

	@PostMapping(QUEUE_PATH + "/{id}/decide")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "open") String status,
			@RequestParam(defaultValue = "1") String page, Principal moderator, RedirectAttributes redirect) {
		ChallengeDecisionKind kind = ChallengeDecisionKind.fromSlug(decision)
			.orElseThrow(() -> new InvalidParameterException("decision", decision, ChallengeDecisionKind.slugs()));
		redirect.addAttribute("status", status(status).slug());
		redirect.addAttribute("page", PageNumbers.parse(page));
		String publicReason = CommentText.normalise(reason);
		if (kind.needsReason()
				&& (publicReason.isEmpty() || publicReason.length() > Challenge.MAX_PUBLIC_REASON_LENGTH)) {
			redirect.addFlashAttribute("reasonMissing", id);
			return "redirect:" + QUEUE_PATH;
		}
		this.moderation.decide(id, kind.result(), publicReason, moderator.getName());
		redirect.addFlashAttribute("done", kind.name());
		redirect.addFlashAttribute("doneId", id);
		return "redirect:" + QUEUE_PATH;
	}

	@GetMapping(QUEUE_PATH + "/audit")
	String audit(@RequestParam(defaultValue = "1") String page, Model model) {
		Page<ChallengeDecision> shown = this.decisions
			.findAllByOrderByDecidedAtDescIdDesc(PageRequest.of(PageNumbers.parse(page) - 1, AUDIT_PAGE_SIZE));
		model.addAttribute("records",
				shown.getContent()
					.stream()
					.map((each) -> new AuditRow(each.getChallengeId(), each.getModerator(), each.getDecidedAt(),
							each.getStatusBefore(), each.getStatusAfter(), each.getPublicReason()))
					.toList());
		model.addAttribute("page", Pager.of(shown));
		return AUDIT_VIEW;
	}

	private static ChallengeStatus status(String value) {
		return Arrays.stream(ChallengeStatus.values())
			.filter((each) -> each.slug().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("status", value,
					Arrays.stream(ChallengeStatus.values()).map(ChallengeStatus::slug).toList()));
	}

	/**
	 * A decision a moderator can take on a challenge in the queue shown.
	 *
	 * @param slug its name in the form
	 * @param name its name in messages
	 * @param needsReason whether a public reason is required
	 */
	record Choice(String slug, String name, boolean needsReason) {
	}

	/**
	 * One line of the audit trail.
	 *
	 * @param challengeId the challenge
	 * @param moderator who decided
	 * @param decidedAt when
	 * @param before the status before
	 * @param after the status after
	 * @param publicReason the reason given, or {@code null} for spam
	 */
	record AuditRow(long challengeId, String moderator, Instant decidedAt, ChallengeStatus before,
			ChallengeStatus after, String publicReason) {
	}

}
