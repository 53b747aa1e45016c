package org.aicompare.comment;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aicompare.web.InvalidParameterException;

/**
 * The moderators' queues: comments by state, newest first and {@value #QUEUE_PAGE_SIZE}
 * to a page, with the actions that move them on, and the audit trail of what moderators
 * did.
 *
 * @author aicompare
 */
@Controller
class CommentModerationController {

	static final String QUEUE_VIEW = "comment/moderation";

	static final String AUDIT_VIEW = "comment/audit";

	static final int QUEUE_PAGE_SIZE = 50;

	static final int AUDIT_PAGE_SIZE = 100;

	private static final String PAGE_NUMBERS = "a whole number from 1";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private static final List<CommentStatus> QUEUES = List.of(CommentStatus.PENDING, CommentStatus.SPAM,
			CommentStatus.PUBLISHED, CommentStatus.REJECTED);

	private final CommentRepository comments;

	private final ModerationRecordRepository records;

	private final CommentModeration moderation;

	CommentModerationController(CommentRepository comments, ModerationRecordRepository records,
			CommentModeration moderation) {
		this.comments = comments;
		this.records = records;
		this.moderation = moderation;
	}

	@GetMapping("/admin/comments")
	String queue(@RequestParam(defaultValue = "pending") String status, @RequestParam(defaultValue = "1") String page,
			Model model) {
		CommentStatus queue = status(status);
		Map<CommentStatus, Long> counts = new LinkedHashMap<>();
		QUEUES.forEach((each) -> counts.put(each, this.comments.countByStatus(each)));
		Page<QueuedComment> shown = this.comments
			.findByStatus(queue, PageRequest.of(pageNumber(page) - 1, QUEUE_PAGE_SIZE, NEWEST_FIRST))
			.map(QueuedComment::of);
		model.addAttribute("status", queue);
		model.addAttribute("counts", counts);
		model.addAttribute("actions", ModerationAction.onComments());
		model.addAttribute("comments", shown.getContent());
		model.addAttribute("page", shown);
		return QUEUE_VIEW;
	}

	@PostMapping("/admin/comments/{id}/{action}")
	String moderate(@PathVariable long id, @PathVariable String action,
			@RequestParam(defaultValue = "pending") String status, @RequestParam(defaultValue = "1") String page,
			Principal moderator, RedirectAttributes redirect) {
		ModerationRecord record = this.moderation.moderate(id, action(action), moderator.getName());
		redirect.addFlashAttribute("done", record.getAction());
		redirect.addFlashAttribute("doneId", id);
		redirect.addAttribute("status", status(status).name().toLowerCase(Locale.ROOT));
		redirect.addAttribute("page", pageNumber(page));
		return "redirect:/admin/comments";
	}

	@PostMapping("/admin/comments/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "pending") String status,
			@RequestParam(defaultValue = "1") String page, Principal moderator, RedirectAttributes redirect) {
		redirect.addAttribute("status", status(status).name().toLowerCase(Locale.ROOT));
		redirect.addAttribute("page", pageNumber(page));
		if (name.isBlank() || text.isBlank() || name.strip().length() > Comment.MAX_AUTHOR_LENGTH
				|| text.strip().length() > Comment.MAX_TEXT_LENGTH) {
			redirect.addFlashAttribute("replyRefused", id);
			return "redirect:/admin/comments";
		}
		this.moderation.reply(id, name.strip(), text, moderator.getName());
		redirect.addFlashAttribute("replied", id);
		return "redirect:/admin/comments";
	}

	@PostMapping("/admin/comments/bulk")
	String moderateAll(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
			@RequestParam(defaultValue = "pending") String status, @RequestParam(defaultValue = "1") String page,
			Principal moderator, RedirectAttributes redirect) {
		ModerationAction chosen = action(action);
		int changed = (ids != null) ? this.moderation.moderateAll(ids, chosen, moderator.getName()) : 0;
		redirect.addFlashAttribute("bulkDone", chosen);
		redirect.addFlashAttribute("bulkCount", changed);
		redirect.addAttribute("status", status(status).name().toLowerCase(Locale.ROOT));
		redirect.addAttribute("page", pageNumber(page));
		return "redirect:/admin/comments";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "1") String page, Model model) {
		Page<ModerationRecord> shown = this.records
			.findAllByOrderByModeratedAtDescIdDesc(PageRequest.of(pageNumber(page) - 1, AUDIT_PAGE_SIZE));
		model.addAttribute("records", shown.getContent());
		model.addAttribute("page", shown);
		return AUDIT_VIEW;
	}

	/** A page number from 1, as the queue's links give it. */
	private static int pageNumber(String value) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Not a number: refused below.
		}
		throw new InvalidParameterException("page", value, List.of(PAGE_NUMBERS));
	}

	private static CommentStatus status(String value) {
		return QUEUES.stream()
			.filter((each) -> each.name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("status", value,
					QUEUES.stream().map((each) -> each.name().toLowerCase(Locale.ROOT)).toList()));
	}

	private static ModerationAction action(String value) {
		return ModerationAction.onComments()
			.stream()
			.filter((each) -> each.slug().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("action", value, ModerationAction.slugs()));
	}

	/**
	 * A comment as a moderator sees it.
	 *
	 * @param id the comment's id
	 * @param pagePath the page it was posted on
	 * @param target the kind of page
	 * @param slug the page's slug
	 * @param authorName the name the commenter gave
	 * @param email the commenter's email, or {@code null}
	 * @param text the plain text
	 * @param postedAt when it was posted
	 */
	record QueuedComment(long id, String pagePath, CommentTarget target, String slug, String authorName, String email,
			String text, Instant postedAt) {

		static QueuedComment of(Comment comment) {
			CommentedPage page = new CommentedPage(comment.getTarget(), comment.getTargetSlug(),
					comment.getTargetSlug());
			return new QueuedComment(comment.getId(), page.path(), comment.getTarget(), comment.getTargetSlug(),
					comment.getAuthorName(), comment.getEmail(), comment.getText(), comment.getCreatedAt());
		}

	}

}
