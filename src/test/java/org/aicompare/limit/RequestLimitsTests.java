package org.aicompare.limit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits kept in the database: a claim that may be made once per interval, failures that
 * pause a key, two claims at once of which only one gets through, and a claim that needs
 * no second connection from the pool.
 */
@SpringBootTest
class RequestLimitsTests {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private static final Duration INTERVAL = Duration.ofSeconds(15);

	@Autowired
	private RequestLimits limits;

	@Autowired
	private HikariDataSource dataSource;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void letsAKeyActOncePerInterval() {
		String key = key();
		assertThat(this.limits.claim(key, NOW, INTERVAL)).isZero();
		assertThat(this.limits.claim(key, NOW.plusSeconds(4), INTERVAL)).isEqualTo(Duration.ofSeconds(11));
		assertThat(this.limits.claim(key, NOW.plusSeconds(15), INTERVAL)).isZero();
		assertThat(this.limits.claim(key(), NOW.plusSeconds(16), INTERVAL)).as("another key").isZero();
	}

	@Test
	void pausesAKeyAtTheAllowedNumberOfFailures() {
		String key = key();
		for (int failure = 1; failure < 5; failure++) {
			assertThat(
					this.limits.fail(key, NOW.plusSeconds(failure), 5, Duration.ofMinutes(15), Duration.ofMinutes(15)))
				.isZero();
		}
		assertThat(this.limits.pausedFor(key, NOW.plusSeconds(5))).isZero();
		assertThat(this.limits.fail(key, NOW.plusSeconds(5), 5, Duration.ofMinutes(15), Duration.ofMinutes(15)))
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(this.limits.pausedFor(key, NOW.plusSeconds(65))).isEqualTo(Duration.ofMinutes(14));
		assertThat(this.limits.pausedFor(key, NOW.plusSeconds(5).plus(Duration.ofMinutes(15)))).isZero();
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		String key = key();
		for (int failure = 0; failure < 4; failure++) {
			this.limits.fail(key, NOW, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
		}
		assertThat(this.limits.fail(key, NOW.plus(Duration.ofMinutes(16)), 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15)))
			.as("a fifth failure after the window counts as the first")
			.isZero();
	}

	@Test
	void forgetsAClearedKey() {
		String key = key();
		this.limits.fail(key, NOW, 1, Duration.ofMinutes(15), Duration.ofMinutes(15));
		assertThat(this.limits.pausedFor(key, NOW)).isPositive();
		this.limits.clear(key);
		assertThat(this.limits.pausedFor(key, NOW)).isZero();
	}

	@Test
	void letsOnlyOneOfManySimultaneousClaimsThrough() throws Exception {
		String key = key();
		int claims = 3;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(claims);
		try {
			List<Future<Duration>> results = new ArrayList<>();
			for (int i = 0; i < claims; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.limits.claim(key, NOW, INTERVAL);
				}));
			}
			start.countDown();
			List<Duration> waits = new ArrayList<>();
			for (Future<Duration> result : results) {
				waits.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(waits).filteredOn(Duration::isZero).hasSize(1);
			assertThat(waits).filteredOn((wait) -> !wait.isZero()).hasSize(claims - 1).allMatch(INTERVAL::equals);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void makesAMissingRowOnTheCallersOwnConnection() throws Exception {
		List<Connection> restOfThePool = new ArrayList<>();
		try {
			Duration wait = this.transactions.execute((status) -> {
				borrow(this.dataSource.getMaximumPoolSize() - 1, restOfThePool);
				return this.limits.claim(key(), NOW, INTERVAL);
			});
			assertThat(wait).as("a claim with no connection left in the pool").isZero();
		}
		finally {
			for (Connection connection : restOfThePool) {
				connection.close();
			}
		}
	}

	private void borrow(int connections, List<Connection> borrowed) {
		try {
			for (int i = 0; i < connections; i++) {
				borrowed.add(this.dataSource.getConnection());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String key() {
		return "test:" + UUID.randomUUID();
	}

}
