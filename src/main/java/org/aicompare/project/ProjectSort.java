package org.aicompare.project;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.aicompare.web.InvalidParameterException;

/**
 * The orders the list of organisations can be shown in: the site's own order (the order
 * the source names them), by name, or by model.
 *
 * @author aicompare
 */
public enum ProjectSort {

	/** The site's order; chosen by giving no sort at all. */
	SITE(Comparator.comparingInt(OrganisationSummary::position)),

	/** Alphabetically by name. */
	NAME(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)),

	/** By model, in the models' order, then in the site's order. */
	MODEL(Comparator.comparingInt((OrganisationSummary organisation) -> organisation.model().position())
		.thenComparingInt(OrganisationSummary::position));

	private final Comparator<OrganisationSummary> order;

	ProjectSort(Comparator<OrganisationSummary> order) {
		this.order = order;
	}

	Comparator<OrganisationSummary> order() {
		return this.order;
	}

	/**
	 * The value of the {@code sort} parameter that selects this order.
	 * @return the value, empty for the site's order
	 */
	public String value() {
		return (this == SITE) ? "" : name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The order a {@code sort} parameter asks for.
	 * @param value the parameter, possibly {@code null} or blank for the site's order
	 * @return the order
	 * @throws InvalidParameterException for any other value
	 */
	static ProjectSort parse(String value) {
		if (value == null || value.isBlank()) {
			return SITE;
		}
		return Arrays.stream(values())
			.filter((sort) -> sort != SITE && sort.value().equals(value.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("sort", value, validValues()));
	}

	static List<String> validValues() {
		return Arrays.stream(values()).filter((sort) -> sort != SITE).map(ProjectSort::value).toList();
	}

}
