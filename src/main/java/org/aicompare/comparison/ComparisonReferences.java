package org.aicompare.comparison;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.ReferenceIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which evidence under the matrix's cells cites each reference.
 */
@Component
class ComparisonReferences implements ReferenceIndex {

	private final DimensionRepository dimensions;

	private final MessageSource messages;

	ComparisonReferences(DimensionRepository dimensions, MessageSource messages) {
		this.dimensions = dimensions;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Use> uses() {
		PageLink compare = new PageLink(
				this.messages.getMessage("citedBy.compare", null, LocaleContextHolder.getLocale()),
				ComparisonCitations.COMPARE_PATH);
		List<Use> uses = new ArrayList<>();
		for (Dimension dimension : this.dimensions.findMatrix()) {
			dimension.getCells()
				.forEach((cell) -> cell.getEvidence()
					.forEach((evidence) -> evidence.getSources()
						.forEach((code) -> uses.add(new Use(code, compare, evidence.getText())))));
		}
		return uses;
	}

}
