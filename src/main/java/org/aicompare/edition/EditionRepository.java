package org.aicompare.edition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The editions.
 */
public interface EditionRepository extends JpaRepository<Edition, Long> {

	Optional<Edition> findTopByOrderByNumberDesc();

	Optional<Edition> findByNumber(int number);

	/**
	 * Every edition without its snapshot, newest first, in one statement.
	 * @return the editions
	 */
	@Query("select new org.aicompare.edition.EditionRow(e.number, e.publishedOn, e.summary, e.answers, e.changes)"
			+ " from Edition e order by e.number desc")
	List<EditionRow> findRows();

}
