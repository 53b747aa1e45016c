package org.aicompare.project;

import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Lets a higher feature rank the organisations for a reader: the advisor scores them by
 * the reader's priorities. The organisation list asks every such bean and orders by what
 * it gives.
 *
 * @author aicompare
 */
public interface OrganisationFit {

	/**
	 * How well each organisation fits what the request's parameters ask for.
	 * @param parameters the request's parameters
	 * @return the fit, or {@code null} when the parameters ask for none
	 * @throws org.aicompare.web.InvalidParameterException when a value is not valid
	 */
	Fit fit(MultiValueMap<String, String> parameters);

	/**
	 * Scores from 0 to 100 by organisation slug, and what they were scored for.
	 *
	 * @param parameter the parameter that asked for it, to keep in links
	 * @param values its values, to keep in links
	 * @param askedFor the names of what was asked for, such as priorities
	 * @param scores the score of each organisation, by slug
	 * @param advisorAddress the advisor's address with what was asked for
	 */
	record Fit(String parameter, List<String> values, List<String> askedFor, Map<String, Double> scores,
			String advisorAddress) {
	}

}
