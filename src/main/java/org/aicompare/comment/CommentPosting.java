package org.aicompare.comment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.aicompare.limit.RequestLimits;
import org.aicompare.revision.SiteRevision;

/**
 * Takes a reader's comment from the form to the database: checks that it came from a form
 * this site served for the page, that it is valid, not already on the page and not too
 * soon after the sender's last one, then screens it and saves it with the status
 * screening gives.
 */
@Service
public class CommentPosting {

	/** The comment form, shared by articles and profiles. */
	public static final String FORM_VIEW = "comment/form";

	/** The page that thanks the reader. */
	public static final String RECEIVED_VIEW = "comment/received";

	private static final String FLOOD_KEY = "comment:";

	private final CommentRepository comments;

	private final CommentScreening screening;

	private final CommentToken tokens;

	private final CommentProperties settings;

	private final RequestLimits limits;

	private final SiteRevision revision;

	private final Clock clock;

	CommentPosting(CommentRepository comments, CommentScreening screening, CommentToken tokens,
			CommentProperties settings, RequestLimits limits, SiteRevision revision) {
		this.revision = revision;
		this.comments = comments;
		this.screening = screening;
		this.tokens = tokens;
		this.settings = settings;
		this.limits = limits;
		this.clock = Clock.systemUTC();
	}

	/**
	 * An empty form for a page, signed with the time it is shown.
	 * @param page the page
	 * @return the form
	 */
	public CommentForm newForm(CommentedPage page) {
		CommentForm form = new CommentForm();
		form.setToken(this.tokens.issue(page, this.clock.instant()));
		return form;
	}

	/**
	 * Check, screen and save a posted comment. Nothing is saved unless it returns a
	 * status; the transaction has committed when it returns.
	 * @param page the page posted to
	 * @param terms the words that name things on the page
	 * @param form the comment as posted, already checked by bean validation
	 * @param errors bean validation's findings, to which the text's length is added
	 * @param request the request, for its origin and sender
	 * @return the status the comment was saved with, or {@code null} when the form has
	 * errors and must be shown again
	 * @throws CommentRefusedException when the post did not come from this site's form
	 * @throws DuplicateCommentException when the same text is already on the page
	 * @throws CommentFloodException when the sender posted too recently
	 */
	@Transactional
	public CommentStatus post(CommentedPage page, PageTerms terms, CommentForm form, Errors errors,
			HttpServletRequest request) {
		Instant now = this.clock.instant();
		if (fromAnotherSite(request)) {
			throw new CommentRefusedException(CommentRefusedException.Reason.OTHER_SITE, page);
		}
		Instant shownAt = this.tokens.formShownAt(form.getToken(), page, now);
		String text = CommentText.normalise(form.getText());
		if (text.isEmpty()) {
			errors.rejectValue("text", "comments.form.text.required");
		}
		else if (text.length() > Comment.MAX_TEXT_LENGTH) {
			errors.rejectValue("text", "comments.form.text.tooLong", new Object[] { Comment.MAX_TEXT_LENGTH }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (this.comments.existsByTargetAndTargetSlugAndFingerprint(page.target(), page.slug(),
				CommentText.fingerprint(text))) {
			throw new DuplicateCommentException(page);
		}
		String client = this.tokens.clientHash(request.getRemoteAddr());
		Duration wait = this.limits.claim(FLOOD_KEY + client, now, this.settings.floodInterval());
		if (!wait.isZero()) {
			throw new CommentFloodException(page, RequestLimits.seconds(wait));
		}
		Submission submission = new Submission(page.target(), page.slug(), form.getName(), form.getEmail(),
				form.getText(), form.getWebsite(), shownAt, now);
		CommentStatus status = this.screening.statusOf(this.screening.screen(submission, terms));
		this.comments.save(Comment.posted(submission, text, status, client));
		if (status == CommentStatus.PUBLISHED) {
			// Shown at once: the page changed.
			this.revision.raise();
		}
		return status;
	}

	/**
	 * Whether the browser says the form was posted from a page of another origin: another
	 * scheme, host or port than the one the request was made to. Browsers send
	 * {@code Origin} with every POST, older ones at least {@code Referer}; a post that
	 * sends neither is judged by its token alone. Behind a proxy the request's scheme,
	 * host and port are the ones the reader used when the proxy's forwarded headers are
	 * honoured ({@code server.forward-headers-strategy}).
	 * @param request the post
	 * @return {@code true} if it came from another site's page
	 */
	public static boolean fromAnotherSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			origin = request.getHeader("Referer");
		}
		if (origin == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin.strip());
			return uri.getHost() == null || !request.getScheme().equalsIgnoreCase(uri.getScheme())
					|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort();
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
