package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two to four organisations side by side, field by field, each field marked where they
 * differ. The fields the source gives come first, then the facts the site adds, one field
 * per {@link FactTopic}.
 *
 * @param columns the organisations, in the order the reader chose them
 * @param fromSource the fields that come from the source text
 * @param added the fields the site adds from public sources
 * @author aicompare
 */
public record OrganisationComparison(List<OrganisationProfile> columns, List<Field> fromSource, List<Field> added) {

	/**
	 * Compare loaded organisations.
	 * @param organisations organisations with their models, products and facts
	 * @return the comparison
	 */
	public static OrganisationComparison of(List<Organisation> organisations) {
		List<OrganisationProfile> columns = organisations.stream().map(OrganisationProfile::of).toList();
		List<Field> fromSource = List.of(
				field(FieldKind.MODEL, null, columns, (profile) -> profile.organisation().model().slug()),
				field(FieldKind.SAYS, null, columns, (profile) -> profile.organisation().says()),
				field(FieldKind.PRODUCTS, null, columns,
						(profile) -> profile.organisation()
							.products()
							.stream()
							.map(OrganisationSummary.ProductSummary::name)
							.toList()));
		List<Field> added = new ArrayList<>();
		for (FactTopic topic : FactTopic.values()) {
			added.add(field(FieldKind.FACTS, topic, columns,
					(profile) -> profile.factsAbout(topic).stream().map(FactSummary::text).toList()));
		}
		return new OrganisationComparison(columns, fromSource, List.copyOf(added));
	}

	private static Field field(FieldKind kind, FactTopic topic, List<OrganisationProfile> columns,
			Function<OrganisationProfile, Object> value) {
		return new Field(kind, topic, columns.stream().map(value).distinct().count() > 1);
	}

	/**
	 * The names of the organisations compared.
	 * @return their names, in column order
	 */
	public List<String> names() {
		return this.columns.stream().map((profile) -> profile.organisation().name()).toList();
	}

	/**
	 * One field of the comparison, a row of its table.
	 *
	 * @param kind what the field shows
	 * @param topic the topic of a {@link FieldKind#FACTS} field, else {@code null}
	 * @param differs whether the organisations differ in it
	 */
	public record Field(FieldKind kind, FactTopic topic, boolean differs) {
	}

	/**
	 * What a field of the comparison shows.
	 */
	public enum FieldKind {

		/** The model the organisation stands for. */
		MODEL,

		/** How many passages of the source speak of it, and the first of them. */
		SAYS,

		/** The products the source names. */
		PRODUCTS,

		/** The site's facts on one topic. */
		FACTS

	}

}
