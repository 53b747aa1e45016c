package org.aicompare.limit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and pauses kept in one table, one row a key, so that every instance on the
 * database sees the same limits. Each change locks its key's row first ({@code select
 * ... for update}), so two instances acting on the same key at once take turns instead of
 * both getting through.
 * <p>
 * Keys are chosen by the caller and should be keyed hashes, never an address or a name.
 */
@Component
public class RequestLimits {

	private static final String INSERT = "insert into request_limit (limit_key, hits, window_start) values (?, 0, ?)";

	/** The SQL state both H2 and PostgreSQL report for a duplicate key. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final JdbcClient jdbc;

	private final JdbcOperations connections;

	RequestLimits(JdbcTemplate jdbcTemplate) {
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.connections = jdbcTemplate;
	}

	/**
	 * Take the right to act now, at most once per interval: the time left to wait when
	 * the key acted less than an interval ago, otherwise zero, and the key waits an
	 * interval from now. Within a caller's transaction the claim stands or falls with it,
	 * and a second claim for the key waits until that transaction ends.
	 * @param key what is limited, such as a sender
	 * @param now the time of the attempt
	 * @param interval the shortest time between two acts
	 * @return how long to wait, or {@link Duration#ZERO} when the act may go ahead
	 */
	@Transactional
	public Duration claim(String key, Instant now, Duration interval) {
		Row row = lock(key, now);
		Duration wait = row.pausedFor(now);
		if (wait.isZero()) {
			update(key, 1, now, now.plus(interval));
		}
		return wait;
	}

	/**
	 * How long a key is still paused.
	 * @param key what is limited
	 * @param now the time of the attempt
	 * @return the time left, or {@link Duration#ZERO} when the key may act
	 */
	@Transactional(readOnly = true)
	public Duration pausedFor(String key, Instant now) {
		return find(key).map((row) -> row.pausedFor(now)).orElse(Duration.ZERO);
	}

	/**
	 * Count a failure, and pause the key once it has failed the allowed number of times
	 * within the window. Failures older than the window are forgotten.
	 * @param key what failed, such as a client or an account
	 * @param now the time of the failure
	 * @param allowed how many failures in a window pause the key
	 * @param window how long failures are remembered
	 * @param pause how long the key is paused once it reaches the limit
	 * @return how long the key is now paused, or {@link Duration#ZERO}
	 */
	@Transactional
	public Duration fail(String key, Instant now, int allowed, Duration window, Duration pause) {
		Row row = lock(key, now);
		boolean recent = row.hits() > 0 && row.windowStart().plus(window).isAfter(now);
		int failures = recent ? row.hits() + 1 : 1;
		Instant until = (failures >= allowed) ? now.plus(pause) : null;
		update(key, failures, recent ? row.windowStart() : now, until);
		return (until != null) ? pause : Duration.ZERO;
	}

	/**
	 * Forget a key, as after a successful sign-in.
	 * @param key what is limited
	 */
	@Transactional
	public void clear(String key) {
		this.jdbc.sql("delete from request_limit where limit_key = ?").param(key).update();
	}

	/**
	 * A wait in whole seconds, as {@code Retry-After} carries it, rounded up: a client
	 * told to wait 0 seconds would be turned away again.
	 * @param wait how long to wait, more than zero
	 * @return the seconds, at least 1
	 */
	public static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	/**
	 * The key's row, locked until the transaction ends. A missing row is made behind a
	 * savepoint, so that two instances making it at once cannot spoil the caller's
	 * transaction: the one that loses rolls back to the savepoint and finds it made. The
	 * savepoint keeps to the caller's connection; a transaction of its own would need a
	 * second connection while holding the first, and simultaneous requests could then
	 * empty the pool waiting for each other.
	 */
	private Row lock(String key, Instant now) {
		if (find(key).isEmpty()) {
			this.connections.execute((ConnectionCallback<Void>) (connection) -> insert(connection, key, now));
		}
		return select(key, " for update").orElseThrow();
	}

	private Optional<Row> find(String key) {
		return select(key, "");
	}

	private Optional<Row> select(String key, String locking) {
		return this.jdbc
			.sql("select hits, window_start, blocked_until from request_limit where limit_key = ?" + locking)
			.param(key)
			.query((rs, rowNum) -> new Row(rs.getInt("hits"), rs.getObject("window_start", OffsetDateTime.class),
					rs.getObject("blocked_until", OffsetDateTime.class)))
			.optional();
	}

	private void update(String key, int hits, Instant windowStart, Instant blockedUntil) {
		this.jdbc.sql("update request_limit set hits = ?, window_start = ?, blocked_until = ? where limit_key = ?")
			.params(hits, utc(windowStart), utc(blockedUntil), key)
			.update();
	}

	private static Void insert(Connection connection, String key, Instant now) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, key);
			insert.setObject(2, utc(now));
			insert.executeUpdate();
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw ex;
			}
			// Another instance made the row first; it is there either way.
			connection.rollback(savepoint);
		}
		return null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private record Row(int hits, Instant windowStart, Instant blockedUntil) {

		Row(int hits, OffsetDateTime windowStart, OffsetDateTime blockedUntil) {
			this(hits, windowStart.toInstant(), (blockedUntil != null) ? blockedUntil.toInstant() : null);
		}

		Duration pausedFor(Instant now) {
			return (this.blockedUntil != null && this.blockedUntil.isAfter(now))
					? Duration.between(now, this.blockedUntil) : Duration.ZERO;
		}

	}

}
