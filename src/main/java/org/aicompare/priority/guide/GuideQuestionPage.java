package org.aicompare.priority.guide;

import java.util.List;

/**
 * One either-or question, as a GET form whose every answer writes the next address.
 *
 * @param step the question's number
 * @param atMost the most questions there can be, this one included
 * @param leftAfter the most questions that can follow this one
 * @param first the priority named first
 * @param second the other
 * @param field the answer's parameter: {@code answer}, or {@code change} when asked again
 * @param choices the three answers, each with the value it sends
 * @param priorityValues the chosen priorities, carried as hidden fields
 * @param answerValues the answers so far, carried as hidden fields
 * @param again whether a pair already answered is asked again
 * @param answered the answers so far, each with a link to give it again
 * @param cycles the answers that go round in circles
 * @param pairs how many pairs the chosen priorities make
 */
public record GuideQuestionPage(int step, int atMost, int leftAfter, Side first, Side second, String field,
		List<Choice> choices, List<String> priorityValues, List<String> answerValues, boolean again,
		List<GuideAnswerLine> answered, List<List<GuideAnswerLine>> cycles, int pairs) {

	/**
	 * A priority in the question.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param description what it means, in one line
	 */
	public record Side(String slug, String name, String description) {
	}

	/**
	 * One answer to choose.
	 *
	 * @param id the radio button's id
	 * @param value the value it sends
	 * @param kind {@code first}, {@code second} or {@code same}
	 * @param checked whether it is chosen already (when asked again)
	 */
	public record Choice(String id, String value, String kind, boolean checked) {
	}

}
