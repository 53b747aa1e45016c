package org.aicompare.priority;

import org.aicompare.project.BuyerQuestion;

/**
 * What a buyer can document about an organisation that also measures a priority, such as
 * a published SLA for reliability, and how much it counts. It counts for organisations
 * only; the models keep the source's matrix as their evidence.
 *
 * @param question the "For a business" question whose sourced answer is the evidence
 * @param weight how much it counts, 1 to 3, beside the priority's dimensions
 */
public record EvidenceLink(BuyerQuestion question, int weight) {

	/**
	 * A link as stored, such as {@code SLA:3}.
	 * @param stored the stored form
	 * @return the link
	 */
	static EvidenceLink parse(String stored) {
		int colon = stored.indexOf(':');
		return new EvidenceLink(BuyerQuestion.valueOf(stored.substring(0, colon)),
				Integer.parseInt(stored.substring(colon + 1)));
	}

	/**
	 * The stored form, which {@link #parse(String)} reads back.
	 * @return such as {@code SLA:3}
	 */
	@Override
	public String toString() {
		return this.question.name() + ":" + this.weight;
	}

}
