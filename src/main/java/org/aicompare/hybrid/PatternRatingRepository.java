package org.aicompare.hybrid;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The ratings of each pattern; written by the content import.
 */
public interface PatternRatingRepository extends JpaRepository<PatternRating, Long> {

}
