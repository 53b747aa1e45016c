package org.aicompare.project;

import java.util.List;

/**
 * An organisation's scores over the editions of the Foundation Model Transparency Index,
 * beside each edition's mean. The index rates companies only; a network has no scores.
 *
 * @param editions every edition, oldest first, with its mean
 * @param scores the organisation's scores, oldest first; none if the index did not rate
 * it
 * @param source the reference of the index's data files, or {@code null} if it is missing
 */
public record TransparencyHistory(List<Edition> editions, List<Score> scores, ReferenceLink source) {

	/**
	 * Whether the index rated the organisation in any edition.
	 * @return {@code true} if there are scores
	 */
	public boolean scored() {
		return !this.scores.isEmpty();
	}

	/**
	 * The organisation's score in one edition.
	 * @param code the edition's code
	 * @return the score, or {@code null} where the index did not rate it then
	 */
	public Score in(String code) {
		return this.scores.stream().filter((score) -> score.edition().equals(code)).findFirst().orElse(null);
	}

	/**
	 * An edition of the index.
	 *
	 * @param code its code, such as {@code 2024-05}
	 * @param name its name, such as "May 2024"
	 * @param mean the mean score of the developers it rated, to one decimal
	 * @param developers how many developers it rated
	 */
	public record Edition(String code, String name, String mean, int developers) {
	}

	/**
	 * A score in one edition.
	 *
	 * @param edition the edition's code
	 * @param score the score out of 100
	 * @param model the model rated, or {@code null} where the data does not name it
	 */
	public record Score(String edition, int score, String model) {
	}

}
