package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two to four organisations side by side, field by field, each field marked where they
 * differ in a way that matters: a different model, or a product or a fact one has and
 * another lacks. Texts that always differ (what the source says of each, the wording of
 * facts) do not count. The fields the source gives come first, then the facts the site
 * adds, one field per {@link FactTopic}.
 *
 * @param columns the organisations, in the order the reader chose them
 * @param fromSource the fields that come from the source text
 * @param added the fields the site adds from public sources
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
				new Field(FieldKind.SAYS, null, false),
				field(FieldKind.PRODUCTS, null, columns, (profile) -> profile.organisation().products().isEmpty()));
		List<Field> added = new ArrayList<>();
		for (FactTopic topic : FactTopic.values()) {
			added.add(field(FieldKind.FACTS, topic, columns, (profile) -> profile.factsAbout(topic).isEmpty()));
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
	 * @param differs whether the organisations differ in it in a way that matters
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
