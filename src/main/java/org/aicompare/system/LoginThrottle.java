package org.aicompare.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import org.aicompare.comment.SiteSecret;
import org.aicompare.limit.RequestLimits;

/**
 * Slows down password guessing: after {@link ModeratorProperties#maxFailedLogins()}
 * failed sign-ins from one client, or for one account, further attempts from it or for it
 * are refused for {@link ModeratorProperties#loginPause()}. The counts are kept in the
 * database, so they hold across every instance; clients and accounts are kept as keyed
 * hashes. Every failure is logged.
 */
@Component
class LoginThrottle {

	/** The form field that carries the account name. */
	static final String USERNAME = "username";

	private static final Log logger = LogFactory.getLog(LoginThrottle.class);

	private final RequestLimits limits;

	private final SiteSecret secret;

	private final ModeratorProperties settings;

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(RequestLimits limits, SiteSecret secret, ModeratorProperties settings) {
		this.limits = limits;
		this.secret = secret;
		this.settings = settings;
	}

	/**
	 * How long sign-in stays paused for this request's client or account.
	 * @param request the sign-in request
	 * @return the longer of the two pauses, or {@link Duration#ZERO}
	 */
	Duration pausedFor(HttpServletRequest request) {
		Attempt attempt = attempt(request);
		Instant now = this.clock.instant();
		Duration client = this.limits.pausedFor(attempt.clientKey(), now);
		Duration account = this.limits.pausedFor(attempt.accountKey(), now);
		Duration longer = (client.compareTo(account) >= 0) ? client : account;
		if (!longer.isZero()) {
			logger.warn(
					String.format("Refused a moderator sign-in for %s: paused for %d s", attempt, longer.toSeconds()));
		}
		return longer;
	}

	/**
	 * Count a failed sign-in against the client and the account.
	 * @param request the sign-in request
	 */
	void failed(HttpServletRequest request) {
		Attempt attempt = attempt(request);
		Duration client = fail(attempt.clientKey());
		Duration account = fail(attempt.accountKey());
		logger.warn(String.format("Failed moderator sign-in for %s%s", attempt, (client.isZero() && account.isZero())
				? "" : "; sign-in paused for " + this.settings.loginPause().toMinutes() + " minutes"));
	}

	/**
	 * Forget the failures of a client and account that signed in.
	 * @param request the sign-in request
	 */
	void succeeded(HttpServletRequest request) {
		Attempt attempt = attempt(request);
		this.limits.clear(attempt.clientKey());
		this.limits.clear(attempt.accountKey());
	}

	private Duration fail(String key) {
		return this.limits.fail(key, this.clock.instant(), this.settings.maxFailedLogins(), this.settings.loginPause(),
				this.settings.loginPause());
	}

	private Attempt attempt(HttpServletRequest request) {
		String account = account(request);
		return new Attempt(account, this.secret.sign("login-client\n" + request.getRemoteAddr()),
				this.secret.sign("login-account\n" + account));
	}

	/** The account name as given, lower-cased, shortened and safe to log. */
	private static String account(HttpServletRequest request) {
		String name = request.getParameter(USERNAME);
		if (name == null) {
			return "";
		}
		String printable = name.strip().replaceAll("\\p{Cntrl}", "?").toLowerCase(Locale.ROOT);
		return (printable.length() > 80) ? printable.substring(0, 80) : printable;
	}

	/**
	 * One sign-in attempt as the limits know it: the account name, and keyed hashes of
	 * the client's address and of the account.
	 */
	private record Attempt(String account, String client, String accountHash) {

		String clientKey() {
			return "login-client:" + this.client;
		}

		String accountKey() {
			return "login-account:" + this.accountHash;
		}

		@Override
		public String toString() {
			return "account '" + this.account + "' from client " + this.client;
		}

	}

}
