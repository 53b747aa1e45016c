package org.aicompare.content;

import org.aicompare.content.ContentDocuments.About;
import org.aicompare.content.ContentDocuments.Articles;
import org.aicompare.content.ContentDocuments.Buyer;
import org.aicompare.content.ContentDocuments.Comments;
import org.aicompare.content.ContentDocuments.Corrections;
import org.aicompare.content.ContentDocuments.Facts;
import org.aicompare.content.ContentDocuments.HybridPatterns;
import org.aicompare.content.ContentDocuments.Matrix;
import org.aicompare.content.ContentDocuments.Models;
import org.aicompare.content.ContentDocuments.Organisations;
import org.aicompare.content.ContentDocuments.Priorities;
import org.aicompare.content.ContentDocuments.Spectrum;

/**
 * Everything under {@code content/}, read and parsed, with a checksum over all of it.
 *
 * @param checksum SHA-256 of every content file, in a fixed order
 * @param sourceText the source text, exactly as published
 * @param about version, change log and repairs
 * @param models the deployment models
 * @param matrix the dimensions and their cells
 * @param priorities the business priorities
 * @param articles the articles
 * @param organisations the organisations
 * @param facts the sourced facts and their references
 * @param comments the comment thread of the source
 * @param buyer the "For a business" panels and the Transparency Index scores
 * @param corrections the corrections made in public
 * @param hybrid the hybrid model's documented patterns
 * @param spectrum the decentralization spectrum
 */
record Content(String checksum, String sourceText, About about, Models models, Matrix matrix, Priorities priorities,
		Articles articles, Organisations organisations, Facts facts, Comments comments, Buyer buyer,
		Corrections corrections, HybridPatterns hybrid, Spectrum spectrum) {

	Content withChecksum(String checksum) {
		return new Content(checksum, this.sourceText, this.about, this.models, this.matrix, this.priorities,
				this.articles, this.organisations, this.facts, this.comments, this.buyer, this.corrections, this.hybrid,
				this.spectrum);
	}

}
