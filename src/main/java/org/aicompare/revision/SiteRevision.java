package org.aicompare.revision;

import java.sql.Timestamp;
import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The site revision as this instance knows it. Requests read it from memory, never from
 * the database; {@link #raise()} changes it in the caller's transaction and here once
 * that commits, and {@link #poll()} picks up other instances' changes. When the database
 * cannot be read the last value stays.
 */
@Component
public class SiteRevision {

	private static final Log logger = LogFactory.getLog(SiteRevision.class);

	private static final String SELECT = "select revision, changed_at from site_revision where id = 1";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile Revision current;

	private volatile boolean pollFailing;

	SiteRevision(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.current = firstRead();
	}

	/**
	 * The revision this instance serves.
	 * @return the revision, from memory
	 */
	public Revision current() {
		return this.current;
	}

	/**
	 * Raises the revision in the caller's transaction. This instance serves the new value
	 * once the transaction commits, so nothing cached under it can hold the old content.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise() {
		this.jdbc.update("update site_revision set revision = revision + 1, changed_at = ? where id = 1",
				Timestamp.from(this.clock.instant()));
		Revision raised = read();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				update(raised);
			}
		});
	}

	/**
	 * Reads the revision from the database and serves it if it is newer: the way changes
	 * made by other instances arrive. Never throws; a failed read keeps the last value
	 * and is logged once until a read succeeds again.
	 */
	public void poll() {
		try {
			update(read());
			if (this.pollFailing) {
				logger.info("The site revision can be read again");
				this.pollFailing = false;
			}
		}
		catch (DataAccessException ex) {
			if (!this.pollFailing) {
				logger.warn("Cannot read the site revision; serving revision " + this.current.number()
						+ " until it can be read: " + ex.getMessage());
				this.pollFailing = true;
			}
		}
	}

	private Revision firstRead() {
		try {
			return read();
		}
		catch (DataAccessException ex) {
			// Serve with revision 0 until the first poll reads the real one.
			logger.warn("Cannot read the site revision at startup: " + ex.getMessage());
			this.pollFailing = true;
			return new Revision(0, this.clock.instant());
		}
	}

	private Revision read() {
		return this.jdbc.queryForObject(SELECT,
				(row, n) -> new Revision(row.getLong(1), row.getTimestamp(2).toInstant()));
	}

	private synchronized void update(Revision seen) {
		if (seen.number() > this.current.number()) {
			this.current = seen;
			this.events.publishEvent(new RevisionChangedEvent(seen));
		}
	}

}
