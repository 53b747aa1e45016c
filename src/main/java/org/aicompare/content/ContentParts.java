package org.aicompare.content;

import org.springframework.stereotype.Component;

/**
 * The parts of a content import, one per feature, in the order they run.
 *
 * @param source passages and references
 * @param comparison models and the matrix
 * @param priorities business priorities
 * @param articles articles and their sections
 * @param projects organisations, products and facts
 * @param comments the seeded comment thread
 * @param buyer the "For a business" panels and Transparency Index scores
 * @param corrections the corrections made in public
 * @param hybrid the hybrid patterns
 * @param spectrum the decentralization spectrum
 */
@Component
record ContentParts(SourceImport source, ComparisonImport comparison, PriorityImport priorities, ArticleImport articles,
		ProjectImport projects, CommentSeed comments, BuyerImport buyer, CorrectionImport corrections,
		HybridImport hybrid, SpectrumImport spectrum) {

}
