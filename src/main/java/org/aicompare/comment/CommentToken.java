package org.aicompare.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The signed token a comment form carries in a hidden field: the time the form was shown
 * and an HMAC-SHA256 over the page and that time. It needs no session, so pages set no
 * cookie, and any instance sharing the {@link SiteSecret} can check it.
 */
@Component
public class CommentToken {

	/** How long a form may stay open before its token is refused. */
	public static final Duration MAX_AGE = Duration.ofHours(24);

	// Clocks of instances behind one address may differ by a little.
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private final SiteSecret secret;

	CommentToken(SiteSecret secret) {
		this.secret = secret;
	}

	/**
	 * A token for a form shown now.
	 * @param page the page the form is for
	 * @param shownAt when the form is shown
	 * @return the token, as {@code seconds.signature}
	 */
	public String issue(CommentedPage page, Instant shownAt) {
		return issue(scope(page), shownAt);
	}

	/**
	 * A token for another reader form shown now, such as a challenge to a rating.
	 * @param scope what the form is for, as one line that no comment page gives
	 * @param shownAt when the form is shown
	 * @return the token, as {@code seconds.signature}
	 */
	public String issue(String scope, Instant shownAt) {
		long seconds = shownAt.getEpochSecond();
		return seconds + "." + sign(scope + "\n" + seconds);
	}

	/**
	 * When the form carrying this token was shown, if the token is one the site signed
	 * for this page and it has not expired.
	 * @param token the token as posted, possibly {@code null}
	 * @param page the page posted to
	 * @param now when the comment arrived
	 * @return the time the form was shown
	 * @throws CommentRefusedException for a token that is missing, forged, for another
	 * page, or expired
	 */
	public Instant formShownAt(String token, CommentedPage page, Instant now) {
		try {
			return formShownAt(token, scope(page), now);
		}
		catch (CommentRefusedException ex) {
			throw new CommentRefusedException(ex.getReason(), page);
		}
	}

	/**
	 * When another reader form carrying this token was shown, if the token is one the
	 * site signed for the same scope and it has not expired.
	 * @param token the token as posted, possibly {@code null}
	 * @param scope what the form is for, as given to {@link #issue(String, Instant)}
	 * @param now when the form arrived
	 * @return the time the form was shown
	 * @throws CommentRefusedException without a page, for a token that is missing,
	 * forged, for another scope, or expired
	 */
	public Instant formShownAt(String token, String scope, Instant now) {
		CommentedPage page = null;
		if (token == null || token.isBlank()) {
			throw new CommentRefusedException(CommentRefusedException.Reason.MISSING_TOKEN, page);
		}
		int dot = token.indexOf('.');
		long seconds;
		try {
			seconds = Long.parseLong(token.substring(0, Math.max(dot, 0)));
		}
		catch (NumberFormatException ex) {
			throw new CommentRefusedException(CommentRefusedException.Reason.INVALID_TOKEN, page);
		}
		byte[] expected = sign(scope + "\n" + seconds).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			throw new CommentRefusedException(CommentRefusedException.Reason.INVALID_TOKEN, page);
		}
		Instant shownAt = Instant.ofEpochSecond(seconds);
		if (shownAt.isBefore(now.minus(MAX_AGE)) || shownAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new CommentRefusedException(CommentRefusedException.Reason.EXPIRED_TOKEN, page);
		}
		return shownAt;
	}

	/**
	 * A keyed hash of a sender's address, so that posting too often can be recognised
	 * without storing the address.
	 * @param remoteAddress the address the comment came from
	 * @return the hash, as 64 hex digits
	 */
	public String clientHash(String remoteAddress) {
		return sign("client\n" + remoteAddress);
	}

	private static String scope(CommentedPage page) {
		return page.target() + "\n" + page.slug();
	}

	private String sign(String value) {
		return SiteSecret.sign(this.secret.key(), value);
	}

}
