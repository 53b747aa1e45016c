package org.aicompare.hybrid;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;
import org.aicompare.priority.Priority;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.project.ReferenceLink;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.source.SourcePassage;

/**
 * Assembles the hybrid pages as plain values and keeps them for the site revision: the
 * list in two statements beside the catalogue, a pattern's page in three.
 */
@Service
class HybridPageAssembler {

	private final HybridCatalogue catalogue;

	private final DeploymentModelRepository models;

	private final PassageRepository passages;

	private final ReferenceRepository references;

	private final PriorityRepository priorities;

	private final Editions editions;

	HybridPageAssembler(HybridCatalogue catalogue, DeploymentModelRepository models, PassageRepository passages,
			ReferenceRepository references, PriorityRepository priorities, Editions editions) {
		this.catalogue = catalogue;
		this.editions = editions;
		this.models = models;
		this.passages = passages;
		this.references = references;
		this.priorities = priorities;
	}

	/**
	 * The list: the source's hybrid section, and every pattern with its ratings.
	 * @return the page
	 */
	@Cacheable("hybrid-pages")
	@Transactional(readOnly = true)
	public IndexPage index() {
		List<PatternSummary> patterns = this.catalogue.catalogue().patterns();
		DeploymentModel hybrid = this.models.findBySlug(HybridCatalogue.MODEL)
			.orElseThrow(() -> new IllegalStateException("The hybrid model is missing"));
		Set<Integer> numbers = new HashSet<>(hybrid.getDefinition());
		numbers.addAll(hybrid.getCharacteristics());
		numbers.addAll(hybrid.getWhenToChoose());
		patterns.forEach((pattern) -> numbers.addAll(pattern.scenarioPassages()));
		List<SourcePassage> section = this.passages.findByNumberInOrderByNumber(numbers)
			.stream()
			.map(Passage::toSourcePassage)
			.toList();
		List<String> dimensions = patterns.isEmpty() ? List.of()
				: patterns.get(0).ratings().stream().map(PatternSummary.Rated::dimensionName).toList();
		return new IndexPage(hybrid.getName(), section, patterns, dimensions);
	}

	/**
	 * One pattern's page.
	 * @param slug the pattern's slug
	 * @return the page
	 * @throws PatternNotFoundException for an unknown slug
	 */
	@Cacheable("hybrid-pages")
	@Transactional(readOnly = true)
	public PatternPage pattern(String slug) {
		HybridCatalogue.Catalogue all = this.catalogue.catalogue();
		PatternSummary pattern = all.find(slug).orElseThrow(() -> new PatternNotFoundException(slug, all.slugs()));
		List<String> codes = pattern.allSources();
		Map<String, Reference> byCode = this.references.findAllByOrderByPosition()
			.stream()
			.filter((reference) -> codes.contains(reference.getCode()))
			.collect(Collectors.toMap(Reference::getCode, (reference) -> reference));
		List<ReferenceLink> links = codes.stream()
			.map(byCode::get)
			.map((reference) -> new ReferenceLink(reference.getCode(), reference.getTitle(), reference.getAddress(),
					reference.getPublisher(), reference.getPublished(), reference.getKind()))
			.toList();
		List<SourcePassage> quoted = this.passages.findByNumberInOrderByNumber(pattern.scenarioPassages())
			.stream()
			.map(Passage::toSourcePassage)
			.toList();
		Map<String, String> names = this.priorities.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Priority::getPosition))
			.collect(Collectors.toMap(Priority::getSlug, Priority::getName));
		List<Served> serves = pattern.serves()
			.stream()
			.map((priority) -> new Served(priority, names.get(priority)))
			.toList();
		List<Other> others = all.patterns()
			.stream()
			.filter((other) -> !other.slug().equals(slug))
			.map((other) -> new Other(other.name(), other.path()))
			.toList();
		Map<String, Integer> changedIn = this.editions.lastChanged();
		List<Rating> ratings = pattern.ratings()
			.stream()
			.map((rating) -> new Rating(rating.dimension(), rating.dimensionName(), rating.rating(), rating.rationale(),
					rating.sources(), changedIn.get(EditionKeys.patternRating(slug, rating.dimension()))))
			.toList();
		return new PatternPage(pattern, ratings, quoted, links, serves, others);
	}

	/**
	 * The list of patterns.
	 *
	 * @param modelName the hybrid model's name
	 * @param section the source's passages on the hybrid model, in reading order
	 * @param patterns every pattern
	 * @param dimensions the names of the dimensions rated, in the matrix's order
	 */
	record IndexPage(String modelName, List<SourcePassage> section, List<PatternSummary> patterns,
			List<String> dimensions) {

	}

	/**
	 * One pattern's page.
	 *
	 * @param pattern the pattern
	 * @param ratings its ratings, with the edition each last changed in
	 * @param quoted the passages its scenario quote comes from
	 * @param references the references it cites, in the order first cited
	 * @param serves the priorities it serves, with their names
	 * @param others the other patterns
	 */
	record PatternPage(PatternSummary pattern, List<Rating> ratings, List<SourcePassage> quoted,
			List<ReferenceLink> references, List<Served> serves, List<Other> others) {

		/**
		 * The advisor with the priorities this pattern serves.
		 * @return the advisor's address
		 */
		public String advisorQuery() {
			return this.serves.stream().map((served) -> "priority=" + served.slug()).collect(Collectors.joining("&"));
		}

	}

	/**
	 * A pattern's rating on one dimension, as its page shows it.
	 *
	 * @param dimension the dimension's slug
	 * @param dimensionName the dimension's name
	 * @param rating from 1 to 5
	 * @param rationale why
	 * @param sources the codes of its references
	 * @param changedIn the edition it last changed in, or {@code null} when it has not
	 * changed since the first
	 */
	record Rating(String dimension, String dimensionName, int rating, String rationale, List<String> sources,
			Integer changedIn) {
	}

	/**
	 * A priority a pattern serves.
	 *
	 * @param slug its slug
	 * @param name its name
	 */
	record Served(String slug, String name) {
	}

	/**
	 * Another pattern, for the links between them.
	 *
	 * @param name its name
	 * @param path its page
	 */
	record Other(String name, String path) {
	}

}
