package org.aicompare.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DatabaseOutage}: what counts as the database being unreachable.
 */
class DatabaseOutageTests {

	@Test
	void recognisesAPoolThatCannotGiveAConnection() {
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms"))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
	}

	@Test
	void recognisesAConnectionLostDuringAQuery() {
		SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
		assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException(lost)))).isTrue();
		SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseOutage.isCause(new RuntimeException(shuttingDown))).isTrue();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
	}

	@Test
	void recognisesARollbackOnAConnectionTheServerDropped() {
		SQLException closed = new SQLException("Connection is closed");
		assertThat(DatabaseOutage.isCause(
				new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("Something else")))).isFalse();
	}

	@Test
	void leavesOtherDatabaseFailuresAlone() {
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
	}

}
