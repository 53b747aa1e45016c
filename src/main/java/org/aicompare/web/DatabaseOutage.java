package org.aicompare.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (no connection to be had, or one lost on the way) from other
 * failures, so that an outage is answered with a 503 and a {@code Retry-After} while
 * anything else stays a plain server error.
 */
public final class DatabaseOutage {

	/** How many seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 10;

	/** What HikariCP's closed connection says when it is used again. */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	/** Causes are followed at most this deep, in case a chain loops. */
	private static final int MAX_DEPTH = 20;

	private DatabaseOutage() {
	}

	/**
	 * Whether the exception, or anything that caused it, says the database could not be
	 * reached.
	 * @param ex the exception
	 * @return {@code true} for a database outage
	 */
	public static boolean isCause(Throwable ex) {
		Throwable current = ex;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (isConnectionFailure(current)) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	private static boolean isConnectionFailure(Throwable ex) {
		if (ex instanceof DataAccessResourceFailureException || ex instanceof CannotCreateTransactionException
				|| ex instanceof TransientDataAccessResourceException || ex instanceof RecoverableDataAccessException
				|| ex instanceof SQLTransientConnectionException || ex instanceof SQLNonTransientConnectionException
				|| ex instanceof SQLRecoverableException || ex instanceof ConnectException) {
			return true;
		}
		if (!(ex instanceof SQLException sql)) {
			return false;
		}
		// SQL state class 08 is "connection exception"; 57P0x is PostgreSQL shutting
		// down. A connection the server dropped mid-query is closed by the pool, and the
		// rollback that follows fails on it with no SQL state at all; that failure
		// replaces the query's, so it must count too.
		String state = sql.getSQLState();
		return (state != null) ? state.startsWith("08") || state.startsWith("57P")
				: CLOSED_CONNECTION.equals(sql.getMessage());
	}

}
