package org.aicompare.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;

/**
 * Every organisation's ratings on the matrix's eight dimensions, the ones the advisor
 * scores it with, as plain records: read in one statement for the whole site and kept for
 * the revision, so each profile can show them beside the reasons for any that differ from
 * its model's, and the edition each of its own ratings last changed in.
 */
@Service
public class OrganisationRatings {

	private final OrganisationRatingRepository ratings;

	private final Editions editions;

	OrganisationRatings(OrganisationRatingRepository ratings, Editions editions) {
		this.ratings = ratings;
		this.editions = editions;
	}

	/**
	 * Each organisation with its ratings, in dimension order.
	 * @return the organisations by slug, in display order
	 */
	@Cacheable("organisation-ratings")
	@Transactional(readOnly = true)
	public Map<String, Rated> bySlug() {
		Map<String, Rated> bySlug = new LinkedHashMap<>();
		Map<String, Integer> changedIn = this.editions.lastChanged();
		for (OrganisationRating rating : this.ratings.findAllForScoring()) {
			Organisation organisation = rating.getOrganisation();
			bySlug
				.computeIfAbsent(organisation.getSlug(),
						(slug) -> new Rated(slug, organisation.getName(), organisation.getModel().getSlug(),
								organisation.getModel().getName(), new ArrayList<>()))
				.ratings()
				.add(new Row(rating.getDimension().getSlug(), rating.getDimension().getName(), rating.getRating(),
						rating.isInherited(), rating.isInherited() ? null : rating.getRationale(),
						List.copyOf(rating.getSources()), rating.isInherited() ? null : changedIn.get(EditionKeys
							.organisationRating(organisation.getSlug(), rating.getDimension().getSlug()))));
		}
		return Collections.unmodifiableMap(bySlug);
	}

	/**
	 * One organisation's ratings.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param model the slug of its model
	 * @param modelName the name of its model
	 * @param ratings its ratings, in dimension order
	 */
	public record Rated(String slug, String name, String model, String modelName, List<Row> ratings) {
	}

	/**
	 * An organisation's rating on one dimension.
	 *
	 * @param dimension the dimension's slug
	 * @param dimensionName the dimension's name
	 * @param rating from 1 to 5, a position on the dimension's scale
	 * @param inherited whether it is its model's rating
	 * @param rationale why it differs from its model's, or {@code null} when it does not
	 * @param sources the codes of the references the difference rests on
	 * @param changedIn the edition its own rating last changed in, or {@code null} when
	 * it is its model's or has not changed since the first edition
	 */
	public record Row(String dimension, String dimensionName, int rating, boolean inherited, String rationale,
			List<String> sources, Integer changedIn) {
	}

}
