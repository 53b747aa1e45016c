package org.aicompare.challenge;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.aicompare.comment.CommentPosting;
import org.aicompare.comment.CommentProperties;
import org.aicompare.comment.CommentRefusedException;
import org.aicompare.comment.CommentScreening;
import org.aicompare.comment.CommentText;
import org.aicompare.comment.CommentToken;
import org.aicompare.comment.PageTerms;
import org.aicompare.comment.Submission;
import org.aicompare.comment.Verdict;
import org.aicompare.limit.RequestLimits;
import org.aicompare.revision.SiteRevision;

/**
 * Takes a reader's challenge from the form to the database, with the defences comments
 * have: the form's signed token and the origin check, the size of each field, the same
 * reason twice, the flood limit shared with the {@code request_limit} table, and the
 * comment screening rules (honeypot, too fast, templates). Spam is kept and never shown;
 * everything else is saved open, and the public list changes.
 */
@Service
class ChallengePosting {

	private static final String FLOOD_KEY = "challenge:";

	static final String TOKEN_SCOPE = "challenge\n";

	private final ChallengeRepository challenges;

	private final CommentToken tokens;

	private final CommentScreening screening;

	private final CommentProperties settings;

	private final RequestLimits limits;

	private final SiteRevision revision;

	private final Clock clock;

	ChallengePosting(ChallengeRepository challenges, CommentToken tokens, CommentScreening screening,
			CommentProperties settings, RequestLimits limits, SiteRevision revision, Clock clock) {
		this.challenges = challenges;
		this.tokens = tokens;
		this.screening = screening;
		this.settings = settings;
		this.limits = limits;
		this.revision = revision;
		this.clock = clock;
	}

	/**
	 * An empty form for a rating, signed with the time it is shown.
	 * @param rating the rating challenged
	 * @return the form
	 */
	ChallengeForm newForm(ChallengedRating rating) {
		ChallengeForm form = new ChallengeForm();
		form.setToken(this.tokens.issue(TOKEN_SCOPE + rating.key(), this.clock.instant()));
		return form;
	}

	/**
	 * Check, screen and save a challenge. Nothing is saved unless it returns one; the
	 * transaction has committed when it returns.
	 * @param rating the rating challenged
	 * @param form the form as posted, already checked by bean validation
	 * @param errors bean validation's findings, to which the reason and source are added
	 * @param request the request, for its origin and sender
	 * @return the saved challenge, or {@code null} when the form must be shown again
	 * @throws ChallengeRefusedException when the post did not come from this site's form
	 * @throws DuplicateChallengeException when the same reason was sent for the rating
	 * @throws ChallengeFloodException when the sender sent one too recently
	 */
	@Transactional
	Challenge post(ChallengedRating rating, ChallengeForm form, Errors errors, HttpServletRequest request) {
		Instant now = this.clock.instant();
		if (CommentPosting.fromAnotherSite(request)) {
			throw new ChallengeRefusedException(CommentRefusedException.Reason.OTHER_SITE, rating.key());
		}
		Instant shownAt;
		try {
			shownAt = this.tokens.formShownAt(form.getToken(), TOKEN_SCOPE + rating.key(), now);
		}
		catch (CommentRefusedException ex) {
			throw new ChallengeRefusedException(ex.getReason(), rating.key());
		}
		String reason = CommentText.normalise(form.getReason());
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "challenge.form.reason.required");
		}
		else if (reason.length() > Challenge.MAX_REASON_LENGTH) {
			errors.rejectValue("reason", "challenge.form.reason.tooLong", new Object[] { Challenge.MAX_REASON_LENGTH },
					null);
		}
		String source = form.getSource();
		if (source == null && !form.isOpinion()) {
			errors.rejectValue("source", "challenge.form.source.required");
		}
		else if (source != null && !errors.hasFieldErrors("source") && !isWebAddress(source)) {
			errors.rejectValue("source", "challenge.form.source.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		String fingerprint = CommentText.fingerprint(reason);
		if (this.challenges.existsByRatingKeyAndFingerprint(rating.key(), fingerprint)) {
			throw new DuplicateChallengeException(rating.key());
		}
		String client = this.tokens.clientHash(request.getRemoteAddr());
		Duration wait = this.limits.claim(FLOOD_KEY + client, now, this.settings.floodInterval());
		if (!wait.isZero()) {
			throw new ChallengeFloodException(rating.key(), RequestLimits.seconds(wait));
		}
		Submission submission = new Submission(null, rating.key(), form.getName(), null, reason, form.getWebsite(),
				shownAt, now);
		Verdict verdict = this.screening.screen(submission, PageTerms.of(rating.subjectName(), rating.aspectName()));
		ChallengeStatus status = (verdict.decision() == Verdict.Decision.SPAM) ? ChallengeStatus.SPAM
				: ChallengeStatus.OPEN;
		Challenge challenge = this.challenges.save(new Challenge(rating,
				new Challenge.Proposal(form.getProposed(), reason, source, form.isOpinion(), form.getName()), status,
				now, fingerprint, client));
		if (status != ChallengeStatus.SPAM) {
			// Listed at once: the list changed.
			this.revision.raise();
		}
		return challenge;
	}

	/**
	 * Whether a source is an address a reader can follow: https, with a host, and nothing
	 * that is not part of an address.
	 */
	static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return uri.getScheme() != null && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost() != null && uri.getHost().contains(".") && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
