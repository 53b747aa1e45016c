package org.aicompare.priority.guide;

import java.util.List;

import org.aicompare.priority.Leaning;

/**
 * The guide's first step: the priorities to choose from, grouped as on the advisor.
 *
 * @param groups the priorities by leaning
 * @param tooFew whether the reader chose fewer than two
 * @param questionsForEight the most questions for the eight suggested priorities
 */
public record GuideStartPage(List<Group> groups, boolean tooFew, int questionsForEight) {

	/**
	 * The priorities of one leaning.
	 *
	 * @param leaning the leaning
	 * @param choices its priorities
	 */
	public record Group(Leaning leaning, List<Choice> choices) {
	}

	/**
	 * One priority to tick.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param description what it means
	 * @param checked whether it is ticked
	 */
	public record Choice(String slug, String name, String description, boolean checked) {
	}

}
