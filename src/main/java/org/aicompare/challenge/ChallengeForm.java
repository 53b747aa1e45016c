package org.aicompare.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.aicompare.comment.GuardedForm;

/**
 * The challenge form as a reader fills it in, kept apart from {@link Challenge} so that a
 * post can set nothing else. The reason's length and the source address are checked by
 * {@link ChallengePosting}, after the reason is normalised; the token and the trap field
 * are those of every reader's form.
 */
public class ChallengeForm extends GuardedForm {

	@NotNull
	@Min(ChallengedRating.MIN_RATING)
	@Max(ChallengedRating.MAX_RATING)
	private Integer proposed;

	private String reason;

	@Size(max = Challenge.MAX_SOURCE_LENGTH)
	private String source;

	private boolean opinion;

	@Size(max = Challenge.MAX_NAME_LENGTH)
	private String name;

	public Integer getProposed() {
		return this.proposed;
	}

	public void setProposed(Integer proposed) {
		this.proposed = proposed;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public boolean isOpinion() {
		return this.opinion;
	}

	public void setOpinion(boolean opinion) {
		this.opinion = opinion;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
