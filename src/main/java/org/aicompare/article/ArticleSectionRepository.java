package org.aicompare.article;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sections of articles.
 */
public interface ArticleSectionRepository extends JpaRepository<ArticleSection, Long> {

}
