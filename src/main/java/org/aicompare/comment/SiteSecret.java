package org.aicompare.comment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs comment forms and hashes senders' addresses. Every instance on one
 * database must use the same key, or a form served by one would be refused by another: so
 * unless {@code aicompare.comments.token-secret} gives one, the first instance to start
 * makes a random key and stores it, and every instance reads it from there.
 */
@Component
public class SiteSecret {

	private static final int ROW = 1;

	private static final String HMAC = "HmacSHA256";

	private final CommentProperties settings;

	private final JdbcTemplate jdbc;

	private volatile byte[] key;

	SiteSecret(CommentProperties settings, JdbcTemplate jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	/**
	 * Make or read the key as the site starts, outside any transaction: on PostgreSQL a
	 * refused insert would spoil the transaction it ran in.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadAtStartup() {
		key();
	}

	/**
	 * The key, made and stored on first use if no instance has stored one yet.
	 * @return the key's bytes
	 */
	public byte[] key() {
		byte[] known = this.key;
		if (known == null) {
			known = load();
			this.key = known;
		}
		return known.clone();
	}

	/**
	 * An HMAC-SHA256 of a value under the key: a signature, or a hash of something that
	 * must not be stored as it is, such as an address.
	 * @param value the value
	 * @return the HMAC, as 64 hex digits
	 */
	public String sign(String value) {
		return sign(key(), value);
	}

	/**
	 * An HMAC-SHA256 of a value under a given key.
	 * @param key the key
	 * @param value the value
	 * @return the HMAC, as 64 hex digits
	 */
	static String sign(byte[] key, String value) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// Every Java platform has HmacSHA256, and it takes keys of any length.
			throw new IllegalStateException(ex);
		}
	}

	private byte[] load() {
		String configured = this.settings.tokenSecret();
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			this.jdbc.update("insert into site_secret (id, secret) values (?, ?)", ROW,
					HexFormat.of().formatHex(fresh));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance stored its key first (now or at an earlier start): use
			// that one.
		}
		String stored = this.jdbc.queryForObject("select secret from site_secret where id = ?", String.class, ROW);
		return HexFormat.of().parseHex(stored);
	}

}
