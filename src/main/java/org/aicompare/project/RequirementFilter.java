package org.aicompare.project;

import java.util.List;

/**
 * The organisations against what a buyer requires: for each, how it stands on each
 * requirement and overall.
 *
 * @param required the requirements asked for, in order; none when the reader asked for
 * none
 * @param results every organisation, in display order
 */
public record RequirementFilter(List<Requirement> required, List<Result> results) {

	/**
	 * Whether the reader asked for any requirement.
	 * @return {@code true} if the list is filtered
	 */
	public boolean active() {
		return !this.required.isEmpty();
	}

	/**
	 * The organisations that stand so overall.
	 * @param status the overall status
	 * @return those organisations, in display order
	 */
	public List<Result> withStatus(RequirementStatus status) {
		return this.results.stream().filter((result) -> result.status() == status).toList();
	}

	/**
	 * The slugs of the organisations that meet every requirement.
	 * @return their slugs
	 */
	public List<String> metSlugs() {
		return withStatus(RequirementStatus.MET).stream().map(Result::slug).toList();
	}

	/**
	 * The overall statuses a list shows apart from the matches, in order.
	 * @return partly, unknown, does not meet
	 */
	public List<RequirementStatus> otherStatuses() {
		return List.of(RequirementStatus.PARTLY, RequirementStatus.UNKNOWN, RequirementStatus.NOT_MET);
	}

	/**
	 * One organisation against the requirements.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param status how it stands overall
	 * @param checks how it stands on each requirement
	 */
	public record Result(String slug, String name, RequirementStatus status, List<Check> checks) {
	}

	/**
	 * One organisation against one requirement.
	 *
	 * @param requirement the requirement
	 * @param status how it stands
	 * @param asOf the date of the answer it rests on, or {@code null} where there is none
	 */
	public record Check(Requirement requirement, RequirementStatus status, String asOf) {
	}

}
