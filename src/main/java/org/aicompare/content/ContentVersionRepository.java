package org.aicompare.content;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The content version row.
 */
public interface ContentVersionRepository extends JpaRepository<ContentVersion, Long> {

	/**
	 * The version row, locked until the transaction ends.
	 * @return the row
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from ContentVersion v where v.id = " + ContentVersion.SINGLE_ROW)
	Optional<ContentVersion> findLocked();

	/**
	 * The version row, unlocked.
	 * @return the row
	 */
	default ContentVersion current() {
		return findById(ContentVersion.SINGLE_ROW).orElseThrow();
	}

}
