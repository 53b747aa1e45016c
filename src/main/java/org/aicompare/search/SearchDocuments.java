package org.aicompare.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.hybrid.HybridPattern;
import org.aicompare.hybrid.HybridPatternRepository;
import org.aicompare.hybrid.PatternSummary;
import org.aicompare.article.Article;
import org.aicompare.article.ArticleBody;
import org.aicompare.article.ArticleSection;
import org.aicompare.comparison.Cell;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.project.AxisRating;
import org.aicompare.project.Fact;
import org.aicompare.project.Organisation;
import org.aicompare.project.Product;
import org.aicompare.project.Spectra;
import org.aicompare.project.SpectrumRow;
import org.aicompare.project.StatedVersusActual;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageRepository;

/**
 * Reads everything the search can find from the database, in a constant number of
 * statements, and says which content version it is.
 */
@Component
class SearchDocuments {

	/** Between the parts of a text that the site shows apart (passages, list items). */
	static final String SEPARATOR = " \u00b7 ";

	private static final String TITLE_SEPARATOR = " \u2013 ";

	private final ContentVersionRepository versions;

	private final PassageRepository passages;

	private final DeploymentModelRepository models;

	private final DimensionRepository dimensions;

	private final ArticleSearchRepository articles;

	private final OrganisationSearchRepository organisations;

	private final HybridPatternRepository patterns;

	private final Spectra spectra;

	SearchDocuments(ContentVersionRepository versions, PassageRepository passages, DeploymentModelRepository models,
			DimensionRepository dimensions, ArticleSearchRepository articles,
			OrganisationSearchRepository organisations, HybridPatternRepository patterns, Spectra spectra) {
		this.patterns = patterns;
		this.spectra = spectra;
		this.versions = versions;
		this.passages = passages;
		this.models = models;
		this.dimensions = dimensions;
		this.articles = articles;
		this.organisations = organisations;
	}

	/**
	 * The checksum of the content in the database now.
	 * @return the checksum
	 */
	public String checksum() {
		return this.versions.current().getChecksum();
	}

	/**
	 * Everything searchable, with the checksum of the content it was read from.
	 * @return the documents, in the site's order
	 */
	@Transactional(readOnly = true)
	public Corpus load() {
		// The version first: should an import commit meanwhile, the documents are newer
		// than
		// the checksum and the next search only rebuilds once more.
		String checksum = checksum();
		Map<Integer, String> text = this.passages.findAllByOrderByNumber()
			.stream()
			.collect(Collectors.toMap(Passage::getNumber, Passage::getText));
		Function<Collection<Integer>, Stream<String>> cited = (numbers) -> numbers.stream().map(text::get);
		List<SearchDocument> documents = new ArrayList<>();
		for (DeploymentModel model : this.models.findAllByOrderByPosition()) {
			documents.add(new SearchDocument(SearchKind.MODEL, model.getName(), "/models/" + model.getSlug(),
					join(Stream.of(Stream.of(model.getSummary()), cited.apply(model.getDefinition()),
							cited.apply(model.getCharacteristics())))));
		}
		for (Dimension dimension : this.dimensions.findMatrix()) {
			for (Cell cell : dimension.getCells()) {
				documents.add(new SearchDocument(SearchKind.MATRIX,
						dimension.getName() + TITLE_SEPARATOR + cell.getModel().getName(),
						"/compare#dimension-" + dimension.getSlug(),
						join(Stream.of(Stream.of(cell.getText(), cell.getRationale())))));
			}
		}
		for (Article article : this.articles.findAllWithSections()) {
			Map<ArticleSection, String> anchors = ArticleBody.anchors(article);
			for (ArticleSection section : article.getSections()) {
				documents.add(section(article, section, anchors.get(section),
						join(Stream.of(cited.apply(section.getBody())))));
			}
		}
		for (Organisation organisation : this.organisations.findAllWithProductsAndFacts()) {
			documents.add(new SearchDocument(SearchKind.ORGANISATION, organisation.getName(),
					"/projects/" + organisation.getSlug(),
					join(Stream.of(Stream.of(organisation.getSummary()), cited.apply(organisation.getSays()),
							organisation.getProducts().stream().map(Product::getName),
							organisation.getFacts().stream().map(Fact::getText)))));
		}
		for (HybridPattern pattern : this.patterns.findCatalogue()) {
			PatternSummary summary = PatternSummary.of(pattern);
			documents.add(new SearchDocument(SearchKind.PATTERN, summary.name(), summary.path(),
					join(Stream.of(Stream.of(summary.summary(), summary.realises()),
							summary.axes().stream().map(PatternSummary.AxisText::text),
							Stream.of(summary.delivers(), summary.tradeOffs()),
							summary.parties().stream().flatMap((party) -> Stream.of(party.name(), party.role()))))));
		}
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		for (SpectrumRow row : spectrum.organisations()) {
			StatedVersusActual stated = spectrum.statedOf(row.slug());
			documents.add(new SearchDocument(SearchKind.SPECTRUM, row.name(), "/projects/" + row.slug() + "#spectrum",
					join(Stream.of(row.axes().stream().map(AxisRating::reason), (stated != null)
							? Stream.of(stated.says(), stated.shows(), stated.reason()) : Stream.<String>empty()))));
		}
		return new Corpus(checksum, List.copyOf(documents));
	}

	private static SearchDocument section(Article article, ArticleSection section, String anchor, String body) {
		String url = "/articles/" + article.getSlug();
		if (section.getTitle() == null) {
			return new SearchDocument(SearchKind.ARTICLE, article.getTitle(), url, body);
		}
		return new SearchDocument(SearchKind.ARTICLE, section.getTitle() + TITLE_SEPARATOR + article.getTitle(),
				url + "#" + anchor, body);
	}

	private static String join(Stream<Stream<String>> parts) {
		StringBuilder joined = new StringBuilder();
		parts.flatMap(Function.identity()).forEach((part) -> {
			if (!joined.isEmpty()) {
				// A passage ending in a colon leads into the list that follows it.
				joined.append((joined.charAt(joined.length() - 1) == ':') ? " " : SEPARATOR);
			}
			joined.append(part);
		});
		return joined.toString();
	}

	/**
	 * What the index is built from.
	 *
	 * @param checksum the checksum of the content read
	 * @param documents everything searchable
	 */
	record Corpus(String checksum, List<SearchDocument> documents) {
	}

}
