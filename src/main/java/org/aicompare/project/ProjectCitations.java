package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.CitationIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which passages each organisation profile cites: what the source
 * says of the organisation and where it names its products.
 */
@Component
class ProjectCitations implements CitationIndex {

	private final OrganisationRepository organisations;

	ProjectCitations(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Citation> citations() {
		List<Citation> citations = new ArrayList<>();
		for (Organisation organisation : this.organisations.findAllWithProducts()) {
			PageLink page = new PageLink(organisation.getName(), "/projects/" + organisation.getSlug());
			organisation.getSays().forEach((passage) -> citations.add(new Citation(passage, page)));
			organisation.getProducts()
				.forEach((product) -> product.getCites()
					.forEach((passage) -> citations.add(new Citation(passage, page))));
		}
		return citations;
	}

}
