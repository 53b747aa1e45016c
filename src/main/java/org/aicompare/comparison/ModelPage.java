package org.aicompare.comparison;

import java.util.List;

import org.aicompare.source.SourcePassage;
import org.aicompare.web.RelatedLinks;

/**
 * Everything a model's page shows, as plain values.
 *
 * @param model the model
 * @param allModels every model, for the links between their pages
 * @param definition what the source says the model is
 * @param characteristics its key characteristics, in the source's words
 * @param examplesIntro the line that introduces its examples, or {@code null}
 * @param examples the organisations the source gives as examples
 * @param whenToChoose when the source recommends it
 * @param column its column of the matrix
 * @param related what other features link from it
 */
record ModelPage(ModelSummary model, List<Matrix.Column> allModels, List<QuotedBlock> definition,
		List<QuotedBlock> characteristics, SourcePassage examplesIntro, List<SourcePassage> examples,
		List<QuotedBlock> whenToChoose, Matrix column, List<RelatedLinks.Section> related) {

}
