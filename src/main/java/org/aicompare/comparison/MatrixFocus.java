package org.aicompare.comparison;

import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * Lets a higher feature bring some dimensions of the matrix forward for a reader: the
 * advisor's priorities put the dimensions they depend on first, with the reason. The
 * comparison page asks every such bean and shows what they give.
 *
 * @author aicompare
 */
public interface MatrixFocus {

	/**
	 * What the request's parameters ask to bring forward.
	 * @param parameters the request's parameters
	 * @return the focus, or {@code null} when the parameters ask for none
	 * @throws org.aicompare.web.InvalidParameterException when a value is not valid
	 */
	Focus focus(MultiValueMap<String, String> parameters);

	/**
	 * Dimensions brought forward, and why.
	 *
	 * @param parameter the parameter that asked for it, to keep in links
	 * @param values its values, to keep in links
	 * @param dimensions the slugs of the dimensions brought forward, most important first
	 * @param reasons one line per dimension link: who asked, on which dimension, how much
	 * @param advisorAddress the advisor's address with what was asked for
	 */
	record Focus(String parameter, List<String> values, List<String> dimensions, List<Reason> reasons,
			String advisorAddress) {
	}

	/**
	 * Why one dimension was brought forward.
	 *
	 * @param asker the name of what asked, such as a priority
	 * @param dimension the dimension's name
	 * @param weight how much it depends on the dimension, 1 to 3
	 */
	record Reason(String asker, String dimension, int weight) {
	}

}
