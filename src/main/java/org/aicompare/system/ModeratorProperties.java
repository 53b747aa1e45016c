package org.aicompare.system;

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
 * @author aicompare
 */
@ConfigurationProperties("aicompare.moderator")
public record ModeratorProperties(@DefaultValue("moderator") String username, String passwordHash) {

	/**
	 * Whether a password hash is configured.
	 * @return {@code true} if the moderator's password comes from configuration
	 */
	public boolean hasPasswordHash() {
		return this.passwordHash != null && !this.passwordHash.isBlank();
	}

}
