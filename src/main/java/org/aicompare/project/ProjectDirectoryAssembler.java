package org.aicompare.project;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.ModelSummary;

/**
 * Assembles, as plain values, what the organisation list shows whatever the reader asks
 * for, in two statements, and keeps it for the site revision.
 */
@Service
class ProjectDirectoryAssembler {

	private final OrganisationRepository organisations;

	private final DeploymentModelRepository models;

	ProjectDirectoryAssembler(OrganisationRepository organisations, DeploymentModelRepository models) {
		this.organisations = organisations;
		this.models = models;
	}

	/**
	 * Every organisation with its model and products, and the models.
	 * @return the organisations and the models
	 */
	@Cacheable("project-list")
	@Transactional(readOnly = true)
	public Directory directory() {
		List<OrganisationSummary> all = this.organisations.findAllWithProducts()
			.stream()
			.map(Organisation::toSummary)
			.toList();
		return new Directory(this.models.findAllByOrderByPosition().stream().map(DeploymentModel::toSummary).toList(),
				all, all.stream().collect(Collectors.groupingBy((each) -> each.model().slug(), Collectors.counting())));
	}

	/**
	 * What the organisation list shows whatever the reader asks for.
	 *
	 * @param models the models, in display order
	 * @param organisations every organisation, in display order
	 * @param counts how many organisations stand for each model, by model slug
	 */
	record Directory(List<ModelSummary> models, List<OrganisationSummary> organisations, Map<String, Long> counts) {

	}

}
