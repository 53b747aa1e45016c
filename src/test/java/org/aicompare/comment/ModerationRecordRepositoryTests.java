package org.aicompare.comment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail against the migrated schema: records survive their comment and come
 * back newest first.
 */
@DataJpaTest
class ModerationRecordRepositoryTests {

	@Autowired
	private ModerationRecordRepository records;

	@Test
	void listsRecordsNewestFirst() {
		Instant now = Instant.parse("2026-01-02T10:00:00Z");
		this.records.save(new ModerationRecord("ann", now.minusSeconds(60), ModerationAction.SPAM, -41L,
				CommentStatus.PENDING, CommentStatus.SPAM));
		this.records.save(new ModerationRecord("bob", now, ModerationAction.DELETE, -41L, CommentStatus.SPAM, null));
		this.records.save(new ModerationRecord("ann", now.minusSeconds(120), ModerationAction.APPROVE, -7L,
				CommentStatus.PENDING, CommentStatus.PUBLISHED));
		// Other tests may share the database: look only at this test's records.
		assertThat(this.records.findAllByOrderByModeratedAtDescIdDesc(PageRequest.of(0, 100)))
			.filteredOn((record) -> record.getCommentId() < 0)
			.extracting(ModerationRecord::getAction)
			.containsExactly(ModerationAction.DELETE, ModerationAction.SPAM, ModerationAction.APPROVE);
		assertThat(this.records.findByCommentIdOrderByModeratedAtAscIdAsc(-41L))
			.extracting(ModerationRecord::getModerator, ModerationRecord::getStatusAfter)
			.containsExactly(tuple("ann", CommentStatus.SPAM), tuple("bob", null));
	}

}
