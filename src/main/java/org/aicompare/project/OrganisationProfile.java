package org.aicompare.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation with its sourced facts grouped by topic, in the order of
 * {@link FactTopic}, as a profile and the comparison show them.
 *
 * @param organisation the organisation, with its model and products
 * @param byTopic its facts by topic, each list in the notes' order
 * @author aicompare
 */
public record OrganisationProfile(OrganisationSummary organisation, Map<FactTopic, List<FactSummary>> byTopic) {

	/**
	 * The profile of a loaded organisation.
	 * @param organisation an organisation with its facts
	 * @return its profile
	 */
	public static OrganisationProfile of(Organisation organisation) {
		Map<FactTopic, List<FactSummary>> byTopic = new EnumMap<>(FactTopic.class);
		organisation.getFacts()
			.stream()
			.sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
			.forEach((fact) -> byTopic.computeIfAbsent(fact.getTopic(), (topic) -> new ArrayList<>())
				.add(fact.toSummary()));
		return new OrganisationProfile(organisation.toSummary(), byTopic);
	}

	/**
	 * The topics the notes have facts on, in topic order.
	 * @return the topics
	 */
	public List<FactTopic> topics() {
		return List.copyOf(this.byTopic.keySet());
	}

	/**
	 * The facts on one topic.
	 * @param topic the topic
	 * @return its facts, possibly none
	 */
	public List<FactSummary> factsAbout(FactTopic topic) {
		return this.byTopic.getOrDefault(topic, List.of());
	}

	/**
	 * The codes of every reference the facts cite, each once, in the order first cited.
	 * @return reference codes
	 */
	public List<String> referenceCodes() {
		return Arrays.stream(FactTopic.values())
			.flatMap((topic) -> factsAbout(topic).stream())
			.flatMap((fact) -> fact.sources().stream())
			.distinct()
			.toList();
	}

	/**
	 * Whether the notes have any fact about the organisation.
	 * @return {@code true} if there are facts
	 */
	public boolean hasFacts() {
		return !this.byTopic.isEmpty();
	}

}
