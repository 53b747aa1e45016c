package org.aicompare.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.aicompare.limit.RequestLimits;

/**
 * Refuses a sign-in while its client or account is paused, before the password is
 * checked: the moderator gets the {@link LoginController#PAUSED_PATH paused page} with
 * status 429 and {@code Retry-After}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The request attribute that tells the paused page how many minutes are left. */
	static final String MINUTES_LEFT = LoginThrottleFilter.class.getName() + ".minutesLeft";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, LoginController.LOGIN_PATH);

	private final ObjectProvider<LoginThrottle> throttle;

	LoginThrottleFilter(ObjectProvider<LoginThrottle> throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration paused = this.throttle.getObject().pausedFor(request);
		if (paused.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = RequestLimits.seconds(paused);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		request.setAttribute(MINUTES_LEFT, (seconds + 59) / 60);
		request.getRequestDispatcher(LoginController.PAUSED_PATH).forward(request, response);
	}

}
