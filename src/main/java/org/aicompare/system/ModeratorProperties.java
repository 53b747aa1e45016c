package org.aicompare.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The moderator account that signs in under {@code /admin}.
 *
 * @param username the name the moderator signs in with; {@code moderator} unless set
 * (environment: {@code AICOMPARE_MODERATOR_USERNAME})
 * @param passwordHash the BCrypt hash of the moderator's password, such as
 * {@code $2a$10$...}; set it only from the environment
 * ({@code AICOMPARE_MODERATOR_PASSWORD_HASH}), never in a committed file. Unset, the site
 * makes a one-time password at startup and logs it.
 * @param maxFailedLogins how many failed sign-ins, from one client or for one account,
 * pause further attempts from it or for it; 5 unless set
 * @param loginPause how long failed sign-ins are remembered, and how long sign-in stays
 * paused once they reach {@code maxFailedLogins}; 15 minutes unless set
 */
@ConfigurationProperties("aicompare.moderator")
public record ModeratorProperties(@DefaultValue("moderator") String username, String passwordHash,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration loginPause) {

	/**
	 * Whether a password hash is configured.
	 * @return {@code true} if the moderator's password comes from configuration
	 */
	public boolean hasPasswordHash() {
		return this.passwordHash != null && !this.passwordHash.isBlank();
	}

}
