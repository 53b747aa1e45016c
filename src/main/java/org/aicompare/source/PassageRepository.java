package org.aicompare.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The passages of the source text.
 */
public interface PassageRepository extends JpaRepository<Passage, Long> {

	List<Passage> findAllByOrderByNumber();

	List<Passage> findByNumberInOrderByNumber(Collection<Integer> numbers);

	Optional<Passage> findByNumber(int number);

	/**
	 * The passages whose typesetting was repaired for display.
	 * @return the repaired passages in reading order
	 */
	List<Passage> findByRepairIsNotNullOrderByNumber();

}
