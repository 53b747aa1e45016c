package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.CitationIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which passages the model pages and the comparison matrix cite: a
 * model page its definition, characteristics, examples and when to choose it; the matrix
 * every cell's passages and each dimension's row of the source's table.
 */
@Component
class ComparisonCitations implements CitationIndex {

	static final String COMPARE_PATH = "/compare";

	private final DeploymentModelRepository models;

	private final DimensionRepository dimensions;

	private final MessageSource messages;

	ComparisonCitations(DeploymentModelRepository models, DimensionRepository dimensions, MessageSource messages) {
		this.models = models;
		this.dimensions = dimensions;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Citation> citations() {
		List<Citation> citations = new ArrayList<>();
		for (DeploymentModel model : this.models.findAllByOrderByPosition()) {
			PageLink page = new PageLink(model.getName(), "/models/" + model.getSlug());
			Stream.of(model.getDefinition(), model.getCharacteristics(), model.getExamples(), model.getWhenToChoose())
				.flatMap(List::stream)
				.forEach((passage) -> citations.add(new Citation(passage, page)));
		}
		PageLink compare = new PageLink(
				this.messages.getMessage("citedBy.compare", null, LocaleContextHolder.getLocale()), COMPARE_PATH);
		for (Dimension dimension : this.dimensions.findMatrix()) {
			citations.add(new Citation(dimension.getPassage(), compare));
			dimension.getCells()
				.forEach((cell) -> cell.getCites().forEach((passage) -> citations.add(new Citation(passage, compare))));
		}
		return citations;
	}

}
