package org.aicompare.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aicompare.web.InvalidParameterException;

/**
 * Something a buyer requires of an organisation, such as "data can stay in the EU". Each
 * is answered by one question of the "For a business" panel; an organisation meets it
 * only where a sourced answer says so. The organisation list filters by these
 * ({@code /projects?require=eu-data-residency}); the same set serves any other page that
 * asks for must-haves.
 */
public enum Requirement {

	/** Business data is not used for training by default. */
	NO_TRAINING_BY_DEFAULT("no-training-by-default", BuyerQuestion.TRAINING),

	/** The data can stay in the EU. */
	EU_DATA_RESIDENCY("eu-data-residency", BuyerQuestion.EU_RESIDENCY),

	/** A GDPR data processing agreement is offered. */
	DPA_OFFERED("dpa-offered", BuyerQuestion.DPA),

	/** The model's weights are open, so it can run elsewhere. */
	OPEN_WEIGHTS("open-weights", BuyerQuestion.OPEN_WEIGHTS),

	/** An uptime SLA is published. */
	PUBLISHED_SLA("published-sla", BuyerQuestion.SLA),

	/** It can be used through an OpenAI-compatible API. */
	OPENAI_COMPATIBLE_API("openai-compatible-api", BuyerQuestion.OPENAI_COMPATIBLE);

	/** The query parameter that carries requirements. */
	public static final String PARAMETER = "require";

	private final String slug;

	private final BuyerQuestion question;

	Requirement(String slug, BuyerQuestion question) {
		this.slug = slug;
		this.question = question;
	}

	/**
	 * The requirement's name in addresses.
	 * @return the slug, such as {@code eu-data-residency}
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * The panel question that answers it.
	 * @return the question
	 */
	public BuyerQuestion question() {
		return this.question;
	}

	/**
	 * How an answer stands against this requirement: only a sourced yes meets it; no
	 * answer, or nothing found, is unknown, never a no.
	 * @param finding the panel's finding, or {@code null} where there is no answer
	 * @return the status
	 */
	public RequirementStatus statusOf(Finding finding) {
		if (finding == null) {
			return RequirementStatus.UNKNOWN;
		}
		return switch (finding) {
			case YES -> RequirementStatus.MET;
			case PARTLY -> RequirementStatus.PARTLY;
			case NO -> RequirementStatus.NOT_MET;
			case NONE_FOUND, DESCRIBED -> RequirementStatus.UNKNOWN;
		};
	}

	/**
	 * The requirements named by the values of the {@code require} parameter, repeated or
	 * comma-separated, each once and in this enum's order.
	 * @param values the parameter's values, possibly {@code null}
	 * @return the requirements, possibly none
	 * @throws InvalidParameterException for a value that names no requirement
	 */
	public static List<Requirement> parse(List<String> values) {
		if (values == null) {
			return List.of();
		}
		Set<Requirement> found = EnumSet.noneOf(Requirement.class);
		for (String value : values) {
			for (String part : value.split(",")) {
				String slug = part.strip();
				if (!slug.isEmpty()) {
					found.add(Arrays.stream(values())
						.filter((requirement) -> requirement.slug.equals(slug))
						.findFirst()
						.orElseThrow(() -> new InvalidParameterException(PARAMETER, slug, slugs())));
				}
			}
		}
		return new ArrayList<>(found);
	}

	/**
	 * The requirement with a slug.
	 * @param slug such as {@code eu-data-residency}
	 * @return the requirement
	 * @throws InvalidParameterException for a slug that names none
	 */
	public static Requirement ofSlug(String slug) {
		return parse(List.of(slug)).get(0);
	}

	/**
	 * Requirements as query parameters, each {@code require=slug}, joined by {@code &}.
	 * @param requirements the requirements, possibly none
	 * @return the query part, empty for none
	 */
	public static String toQuery(List<Requirement> requirements) {
		return String.join("&", requirements.stream().map((each) -> PARAMETER + "=" + each.slug).toList());
	}

	/**
	 * The slugs of every requirement, in order.
	 * @return the slugs
	 */
	public static List<String> slugs() {
		return Arrays.stream(values()).map(Requirement::slug).toList();
	}

}
