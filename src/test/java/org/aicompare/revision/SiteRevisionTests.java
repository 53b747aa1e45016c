package org.aicompare.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link SiteRevision}'s polling.
 */
class SiteRevisionTests {

	private static final Instant START = Instant.parse("2026-11-25T00:00:00Z");

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	@Test
	void keepsTheLastRevisionWhileTheDatabaseCannotBeRead() {
		givenStored(new Revision(7, START));
		SiteRevision revision = siteRevision();
		given(this.jdbc.queryForObject(anyString(), any(RowMapper.class)))
			.willThrow(new DataAccessResourceFailureException("database down"));
		assertThatNoException().isThrownBy(revision::poll);
		assertThatNoException().isThrownBy(revision::poll);
		assertThat(revision.current()).isEqualTo(new Revision(7, START));
		verify(this.events, never()).publishEvent(any(Object.class));
	}

	@Test
	void announcesANewerRevisionOnceItIsRead() {
		givenStored(new Revision(7, START));
		SiteRevision revision = siteRevision();
		Revision newer = new Revision(8, START.plusSeconds(5));
		givenStored(newer);
		revision.poll();
		assertThat(revision.current()).isEqualTo(newer);
		verify(this.events).publishEvent(new RevisionChangedEvent(newer));
	}

	@Test
	void startsAtRevisionZeroWhenTheDatabaseIsDownAndCatchesUpLater() {
		given(this.jdbc.queryForObject(anyString(), any(RowMapper.class)))
			.willThrow(new DataAccessResourceFailureException("database down"));
		SiteRevision revision = siteRevision();
		assertThat(revision.current().number()).isZero();
		givenStored(new Revision(3, START));
		revision.poll();
		assertThat(revision.current().number()).isEqualTo(3);
	}

	@Test
	void describesItselfAsAWeakEtagAndAWholeSecond() {
		Revision revision = new Revision(42, START.plusMillis(900));
		assertThat(revision.etag("t1")).isEqualTo("W/\"r42-t1\"");
		assertThat(revision.lastModified(Instant.EPOCH)).isEqualTo(START.toEpochMilli());
		assertThat(revision.lastModified(START.plusSeconds(60))).as("a later release")
			.isEqualTo(START.plusSeconds(60).toEpochMilli());
	}

	@SuppressWarnings("unchecked")
	private void givenStored(Revision stored) {
		given(this.jdbc.queryForObject(anyString(), any(RowMapper.class))).willReturn(stored);
	}

	private SiteRevision siteRevision() {
		return new SiteRevision(this.jdbc, this.events, Clock.fixed(START, ZoneOffset.UTC));
	}

}
