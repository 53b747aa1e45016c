package org.aicompare.article;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sections of articles.
 *
 * @author aicompare
 */
public interface ArticleSectionRepository extends JpaRepository<ArticleSection, Long> {

}
