package org.aicompare.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.Dimension;
import org.aicompare.content.ContentDocuments.Facts;
import org.aicompare.project.Fact;
import org.aicompare.project.FactRepository;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRating;
import org.aicompare.project.OrganisationRatingRepository;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.project.Product;
import org.aicompare.project.ProductRepository;

/**
 * Stores the organisations with what the source says of them, their products and the
 * sourced facts of the research notes. Every fact must cite references that exist.
 */
@Component
class ProjectImport {

	private final OrganisationRepository organisations;

	private final ProductRepository products;

	private final FactRepository facts;

	private final OrganisationRatingRepository ratings;

	ProjectImport(OrganisationRepository organisations, ProductRepository products, FactRepository facts,
			OrganisationRatingRepository ratings) {
		this.organisations = organisations;
		this.products = products;
		this.facts = facts;
		this.ratings = ratings;
	}

	void save(Content content, Map<String, DeploymentModel> models, Map<String, Dimension> dimensions,
			PassageIndex passages) {
		Facts facts = content.facts();
		Set<String> references = new HashSet<>();
		facts.references().forEach((reference) -> references.add(reference.code()));
		Set<String> withoutProfile = new HashSet<>(facts.organisations().keySet());
		int position = 0;
		for (ContentDocuments.Organisation doc : content.organisations().organisations()) {
			String where = "Organisation " + doc.slug();
			DeploymentModel model = models.get(doc.model());
			if (model == null) {
				throw new IllegalStateException(where + " names unknown model " + doc.model());
			}
			Organisation organisation = this.organisations.save(new Organisation(doc.slug(), doc.name(), model,
					position++, doc.summary(), passages.check(doc.says(), where)));
			int productPosition = 0;
			for (ContentDocuments.Product product : ContentDocuments.orEmpty(doc.products())) {
				this.products.save(new Product(organisation, product.name(), productPosition++,
						passages.check(product.cites(), where)));
			}
			withoutProfile.remove(doc.slug());
			saveRatings(organisation, doc, content, dimensions, references);
			saveFacts(organisation, facts.organisations().getOrDefault(doc.slug(), List.of()), references,
					corrections(content));
		}
		if (!withoutProfile.isEmpty()) {
			throw new IllegalStateException("facts.yml has facts for unknown organisations " + withoutProfile);
		}
	}

	/**
	 * Every dimension gets a rating: the one the content gives with its reason, or else
	 * the organisation's model's.
	 */
	private void saveRatings(Organisation organisation, ContentDocuments.Organisation doc, Content content,
			Map<String, Dimension> dimensions, Set<String> references) {
		Map<String, ContentDocuments.Rating> own = new HashMap<>();
		for (ContentDocuments.Rating rating : ContentDocuments.orEmpty(doc.ratings())) {
			if (!dimensions.containsKey(rating.dimension()) || rating.rationale() == null
					|| !references.containsAll(ContentDocuments.orEmpty(rating.sources()))) {
				throw new IllegalStateException("Organisation " + doc.slug() + " has a rating on " + rating.dimension()
						+ " without a known dimension, a rationale or known references");
			}
			if (row(content, rating.dimension()).cells().get(doc.model()).rating() == rating.rating()) {
				throw new IllegalStateException("Organisation " + doc.slug() + " repeats its model's rating on "
						+ rating.dimension() + "; only differences are listed");
			}
			own.put(rating.dimension(), rating);
		}
		for (ContentDocuments.Dimension row : content.matrix().dimensions()) {
			ContentDocuments.Rating rating = own.get(row.slug());
			Dimension dimension = dimensions.get(row.slug());
			this.ratings.save((rating != null)
					? new OrganisationRating(organisation, dimension, rating.rating(), false, rating.rationale(),
							ContentDocuments.orEmpty(rating.sources()))
					: new OrganisationRating(organisation, dimension, row.cells().get(doc.model()).rating(), true, null,
							List.of()));
		}
	}

	private static ContentDocuments.Dimension row(Content content, String slug) {
		return content.matrix()
			.dimensions()
			.stream()
			.filter((row) -> row.slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	private void saveFacts(Organisation organisation, List<ContentDocuments.Fact> docs, Set<String> references,
			Set<String> corrections) {
		int position = 0;
		for (ContentDocuments.Fact doc : docs) {
			String where = "A fact about " + organisation.getSlug() + " (\"" + doc.text() + "\")";
			List<String> sources = ContentDocuments.orEmpty(doc.sources());
			// A fact the notes give no source for is no fact the site can show.
			if (sources.isEmpty()) {
				throw new IllegalStateException(where + " cites no reference");
			}
			if (!references.containsAll(sources)) {
				throw new IllegalStateException(where + " cites unknown references: " + sources);
			}
			if ((doc.asOf() == null) == (doc.checked() == null)) {
				throw new IllegalStateException(
						where + " needs either the date its source gives (asOf) or the date it was checked (checked)");
			}
			if (doc.correction() != null && !corrections.contains(doc.correction())) {
				throw new IllegalStateException(where + " names unknown correction " + doc.correction());
			}
			boolean checkedOnly = doc.asOf() == null;
			this.facts
				.save(new Fact(organisation, doc.topic(), doc.text(), sources, checkedOnly ? doc.checked() : doc.asOf(),
						checkedOnly, doc.uncertain(), doc.correction(), position++));
		}
	}

	private static Set<String> corrections(Content content) {
		Set<String> codes = new HashSet<>();
		if (content.corrections() != null) {
			ContentDocuments.orEmpty(content.corrections().corrections())
				.forEach((correction) -> codes.add(correction.code()));
		}
		return codes;
	}

}
