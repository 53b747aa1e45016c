package org.aicompare.system;

import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may do what: moderators sign in under {@code /admin} with a session and the usual
 * CSRF protection; every other page is public, keeps no session and sets no cookie, so it
 * stays cacheable. Reader comment forms carry their own signed token instead of a CSRF
 * token. Failed sign-ins are counted, and too many pause sign-in ({@link LoginThrottle},
 * looked up when a sign-in arrives, so that web tests of reader pages need no database).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModeratorProperties.class)
public class SecurityConfiguration {

	/** The role of the moderator account. */
	public static final String MODERATOR = "MODERATOR";

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	@Order(1)
	SecurityFilterChain adminFilterChain(HttpSecurity http, ObjectProvider<LoginThrottle> throttle) throws Exception {
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(LoginController.LOGIN_PATH, LoginController.PAUSED_PATH)
						.permitAll()
						.anyRequest()
						.hasRole(MODERATOR))
			.formLogin((login) -> login.loginPage(LoginController.LOGIN_PATH)
				.successHandler(signedIn(throttle))
				.failureHandler(failed(throttle))
				.permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.headers(Customizer.withDefaults())
			.csrf(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// Reader forms carry their own signed token; a CSRF token would need a
			// session.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			// Public pages must stay cacheable; the other default headers stay.
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	private static AuthenticationSuccessHandler signedIn(ObjectProvider<LoginThrottle> throttle) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl("/admin/comments");
		return (request, response, authentication) -> {
			throttle.getObject().succeeded(request);
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler failed(ObjectProvider<LoginThrottle> throttle) {
		AuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler(
				LoginController.LOGIN_PATH + "?error");
		return (request, response, exception) -> {
			throttle.getObject().failed(request);
			next.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * Spring Security observes sign-ins only. Observing each of its filters on every
	 * request, and every authorization decision, took about a fifth of the time of a page
	 * served from the cache; each request is already timed once, as
	 * {@code http.server.requests}.
	 * @return the observations Spring Security makes
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	/**
	 * Spring Security's firewall refuses methods outside the usual seven with a bare 400.
	 * Let them through, so that Spring MVC answers a method a path does not support with
	 * a 405 and its {@code Allow} header; authorization still applies to every method.
	 * @return the firewall, strict in everything else
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
		return firewall;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	InMemoryUserDetailsManager moderators(ModeratorProperties properties, PasswordEncoder encoder) {
		String hash = properties.passwordHash();
		if (!properties.hasPasswordHash()) {
			String password = UUID.randomUUID().toString();
			logger.warn(String.format("%n%nUsing generated moderator password: %s%n%n"
					+ "Set AICOMPARE_MODERATOR_PASSWORD_HASH to a BCrypt hash before going live.%n", password));
			hash = encoder.encode(password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(properties.username()).password(hash).roles(MODERATOR).build());
	}

}
