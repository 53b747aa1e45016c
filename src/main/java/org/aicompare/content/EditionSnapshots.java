package org.aicompare.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aicompare.content.ContentDocuments.HybridPattern;
import org.aicompare.content.ContentDocuments.Organisation;
import org.aicompare.content.ContentDocuments.Rating;
import org.aicompare.edition.EditionItem;
import org.aicompare.edition.EditionItem.Kind;
import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.EditionSnapshot;

/**
 * What an edition keeps of the content files: every rating with its reason (the matrix,
 * the organisations' own, the patterns', the spectrum's), every fact, every reference and
 * every pattern's description, with the page that shows each; and the ratings the advisor
 * scores with, an organisation taking its model's where it has none of its own.
 */
final class EditionSnapshots {

	static final String GENERAL = "general";

	private EditionSnapshots() {
	}

	static EditionSnapshot of(Content content) {
		Map<String, String> modelNames = content.models()
			.models()
			.stream()
			.collect(Collectors.toMap(ContentDocuments.Model::slug, ContentDocuments.Model::name));
		Map<String, String> dimensionNames = new LinkedHashMap<>();
		content.matrix().dimensions().forEach((dimension) -> dimensionNames.put(dimension.slug(), dimension.name()));
		List<EditionItem> items = new ArrayList<>();
		Map<String, Map<String, Integer>> models = new LinkedHashMap<>();
		for (ContentDocuments.Dimension dimension : content.matrix().dimensions()) {
			Map<String, Integer> byModel = new LinkedHashMap<>();
			dimension.cells().forEach((model, cell) -> {
				byModel.put(model, cell.rating());
				items.add(new EditionItem(EditionKeys.matrixRating(dimension.slug(), model), Kind.RATING,
						"model/" + model, matrixPage(dimension.slug()), dimension.name(),
						modelNames.getOrDefault(model, model), dimension.slug(), String.valueOf(cell.rating()),
						cell.rationale()));
			});
			models.put(dimension.slug(), byModel);
		}
		Map<String, Map<String, Integer>> organisations = new LinkedHashMap<>();
		List<Organisation> orgs = content.organisations().organisations();
		for (Organisation organisation : orgs) {
			Map<String, Rating> own = ContentDocuments.orEmpty(organisation.ratings())
				.stream()
				.collect(Collectors.toMap(Rating::dimension, Function.identity()));
			for (String dimension : dimensionNames.keySet()) {
				Rating rating = own.get(dimension);
				int value = (rating != null) ? rating.rating()
						: models.getOrDefault(dimension, Map.of()).getOrDefault(organisation.model(), 0);
				organisations.computeIfAbsent(dimension, (key) -> new LinkedHashMap<>())
					.put(organisation.slug(), value);
				if (rating != null) {
					items.add(new EditionItem(EditionKeys.organisationRating(organisation.slug(), dimension),
							Kind.RATING, EditionKeys.organisation(organisation.slug()),
							"/projects/" + organisation.slug(), organisation.name(), dimensionNames.get(dimension),
							dimension, String.valueOf(rating.rating()), rating.rationale()));
				}
			}
			ContentDocuments.orEmpty(content.facts().organisations().get(organisation.slug()))
				.forEach((fact) -> items.add(fact(organisation.slug(), EditionKeys.organisation(organisation.slug()),
						"/projects/" + organisation.slug(), organisation.name(), topic(fact.topic().name()),
						fact.text())));
		}
		ContentDocuments.orEmpty(content.facts().general())
			.forEach((fact) -> items.add(fact(GENERAL, GENERAL, matrixPage(fact.topic()),
					dimensionNames.getOrDefault(fact.topic(), fact.topic()), topic(fact.topic()), fact.text())));
		Map<String, String> orgNames = orgs.stream().collect(Collectors.toMap(Organisation::slug, Organisation::name));
		content.spectrum()
			.organisations()
			.forEach((slug, organisation) -> organisation.axes()
				.forEach((axis,
						position) -> items.add(new EditionItem(EditionKeys.spectrumPosition(slug, axis), Kind.RATING,
								EditionKeys.organisation(slug), "/spectrum#row-" + slug,
								orgNames.getOrDefault(slug, slug), topic(axis), null, String.valueOf(position.rating()),
								position.reason()))));
		content.spectrum()
			.models()
			.forEach((slug, axes) -> axes.forEach((axis,
					position) -> items.add(new EditionItem(EditionKeys.spectrumPosition(slug, axis), Kind.RATING,
							"model/" + slug, "/spectrum#row-" + slug, modelNames.getOrDefault(slug, slug), topic(axis),
							null, String.valueOf(position.rating()), position.reason()))));
		Map<String, Map<String, Integer>> patterns = new LinkedHashMap<>();
		for (HybridPattern pattern : ContentDocuments.orEmpty(content.hybrid().patterns())) {
			String owner = EditionKeys.patternOwner(pattern.slug());
			String page = "/hybrid/" + pattern.slug();
			items.add(new EditionItem(EditionKeys.pattern(pattern.slug()), Kind.PATTERN, owner, page, pattern.name(),
					pattern.name(), null, description(pattern), null));
			pattern.ratings().forEach((dimension, rating) -> {
				patterns.computeIfAbsent(dimension, (key) -> new LinkedHashMap<>())
					.put(pattern.slug(), rating.rating());
				items.add(new EditionItem(EditionKeys.patternRating(pattern.slug(), dimension), Kind.RATING, owner,
						page, pattern.name(), dimensionNames.getOrDefault(dimension, dimension), dimension,
						String.valueOf(rating.rating()), rating.rationale()));
			});
		}
		for (ContentDocuments.Reference reference : content.facts().references()) {
			items.add(new EditionItem(EditionKeys.reference(reference.code()), Kind.REFERENCE, "reference",
					"/sources#references-heading", null, reference.code(), null, reference(reference), null));
		}
		return new EditionSnapshot(models, organisations, patterns, items);
	}

	private static EditionItem fact(String slug, String owner, String page, String pageTitle, String topic,
			String text) {
		return new EditionItem(EditionKeys.fact(slug, topic, text), Kind.FACT, owner, page, pageTitle, topic, null,
				text, null);
	}

	private static String matrixPage(String dimension) {
		return "/compare#dimension-" + dimension;
	}

	private static String topic(String topic) {
		String words = topic.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String reference(ContentDocuments.Reference reference) {
		return String.join(", ",
				Arrays
					.stream(new String[] { reference.title(), reference.publisher(), reference.published(),
							reference.address() })
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

	// A pattern's description is compared whole: a change anywhere in it is a change of
	// the pattern; its ratings are compared one by one, like every other rating.
	private static String description(HybridPattern pattern) {
		return EditionKeys.fingerprint(
				Arrays
					.asList(pattern.name(), pattern.summary(), pattern.scenario(), pattern.axes(), pattern.delivers(),
							pattern.tradeOffs(), pattern.serves(), pattern.parties(), pattern.sources())
					.toString());
	}

}
