package org.aicompare.project;

import java.util.List;
import java.util.Map;

import org.aicompare.comparison.ModelSummary;

/**
 * What the organisation list shows for one request, as plain values.
 *
 * @param models the models to filter by, in display order
 * @param counts how many organisations stand for each model, by model slug
 * @param selected the model the list is filtered by, or {@code null}
 * @param sort the order asked for
 * @param sorts every order a reader can ask for
 * @param total how many organisations there are in all
 * @param fit the fit to the reader's priorities, or {@code null}
 * @param fitPoints each organisation's fit, formatted, by slug
 * @param organisations the organisations shown, in the order asked for
 */
record ProjectListPage(List<ModelSummary> models, Map<String, Long> counts, ModelSummary selected, ProjectSort sort,
		List<ProjectSort> sorts, int total, OrganisationFit.Fit fit, Map<String, String> fitPoints,
		List<OrganisationSummary> organisations) {

}
