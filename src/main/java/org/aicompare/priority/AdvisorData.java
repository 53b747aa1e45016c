package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.Cell;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.edition.EditionSnapshot;
import org.aicompare.project.BuyerPanel;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.project.OrganisationRatings;

/**
 * Reads what the advisor works with from the database, in two statements: the priorities
 * with their links to dimensions, and the matrix ratings. The organisations' ratings and
 * what a buyer can document about each come from the site-wide
 * {@link OrganisationRatings} and {@link BuyerPanels}, read once per revision for the
 * profiles too.
 */
@Service
public class AdvisorData {

	private final PriorityRepository priorities;

	private final DimensionRepository dimensions;

	private final OrganisationRatings organisationRatings;

	private final BuyerPanels buyerPanels;

	private final List<PatternRatings> patterns;

	public AdvisorData(PriorityRepository priorities, DimensionRepository dimensions,
			OrganisationRatings organisationRatings, BuyerPanels buyerPanels, List<PatternRatings> patterns) {
		this.priorities = priorities;
		this.dimensions = dimensions;
		this.organisationRatings = organisationRatings;
		this.buyerPanels = buyerPanels;
		this.patterns = patterns;
	}

	/**
	 * The advisor's data as stored now.
	 * @return the data
	 */
	@Cacheable("advisor-data")
	@Transactional(readOnly = true)
	public Snapshot load() {
		List<PrioritySummary> priorities = this.priorities.findAllWithWeights()
			.stream()
			.map(PrioritySummary::of)
			.toList();
		Map<String, List<ScoringData.Link>> links = new LinkedHashMap<>();
		for (PrioritySummary priority : priorities) {
			links.put(priority.slug(),
					priority.weights()
						.stream()
						.map((weight) -> new ScoringData.Link(weight.dimension(), weight.weight(), weight.prefers()))
						.toList());
		}
		List<Dimension> matrix = this.dimensions.findMatrix();
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		for (Dimension dimension : matrix) {
			Map<String, Integer> byModel = new LinkedHashMap<>();
			dimension.getCells().forEach((cell) -> byModel.put(cell.getModel().getSlug(), cell.getRating()));
			ratings.put(dimension.getSlug(), byModel);
		}
		Map<String, String> models = new LinkedHashMap<>();
		matrix.stream()
			.flatMap((dimension) -> dimension.getCells().stream())
			.map(Cell::getModel)
			.distinct()
			.sorted(Comparator.comparingInt(DeploymentModel::getPosition))
			.forEach((model) -> models.put(model.getSlug(), model.getName()));
		Map<String, List<EvidenceLink>> evidence = new LinkedHashMap<>();
		priorities.forEach((priority) -> evidence.put(priority.slug(), priority.evidence()));
		return new Snapshot(priorities, models, new ScoringData(List.copyOf(models.keySet()), links, ratings),
				organisations(links, evidence), patterns(links));
	}

	private Patterns patterns(Map<String, List<ScoringData.Link>> links) {
		Map<String, PatternRatings.RatedPattern> bySlug = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		String model = null;
		for (PatternRatings source : this.patterns) {
			model = source.model();
			for (PatternRatings.RatedPattern pattern : source.ratedPatterns()) {
				bySlug.put(pattern.slug(), pattern);
				pattern.ratings()
					.forEach((dimension, rating) -> ratings.computeIfAbsent(dimension, (key) -> new LinkedHashMap<>())
						.put(pattern.slug(), rating));
			}
		}
		return new Patterns(model, bySlug, new ScoringData(List.copyOf(bySlug.keySet()), links, ratings));
	}

	private Organisations organisations(Map<String, List<ScoringData.Link>> links,
			Map<String, List<EvidenceLink>> evidence) {
		Map<String, Organisations.Profile> profiles = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
		for (OrganisationRatings.Rated organisation : this.organisationRatings.bySlug().values()) {
			Organisations.Profile profile = new Organisations.Profile(organisation.slug(), organisation.name(),
					organisation.model(), organisation.modelName(), new ArrayList<>());
			profiles.put(organisation.slug(), profile);
			for (OrganisationRatings.Row rating : organisation.ratings()) {
				if (!rating.inherited()) {
					profile.ownRatings()
						.add(new Organisations.OwnRating(rating.dimensionName(), rating.rating(), rating.rationale(),
								rating.sources()));
				}
				ratings.computeIfAbsent(rating.dimension(), (dimension) -> new LinkedHashMap<>())
					.put(organisation.slug(), rating.rating());
			}
		}
		BuyerPanels.Panels panels = this.buyerPanels.panels();
		Map<BuyerQuestion, Map<String, Double>> documented = new EnumMap<>(BuyerQuestion.class);
		for (String slug : profiles.keySet()) {
			for (BuyerPanel.Row row : panels.panel(slug).rows()) {
				documented.computeIfAbsent(row.question(), (question) -> new LinkedHashMap<>())
					.put(slug, row.finding().documented());
			}
		}
		return new Organisations(profiles,
				new ScoringData(List.copyOf(profiles.keySet()), links, ratings, evidence, documented));
	}

	/**
	 * The organisations as the advisor ranks them.
	 *
	 * @param profiles what the page shows of each, by slug, in display order
	 * @param scoring the organisations' ratings, scored like the models'
	 */
	public record Organisations(Map<String, Profile> profiles, ScoringData scoring) {

		/**
		 * One organisation.
		 *
		 * @param slug its slug
		 * @param name its name
		 * @param model the slug of its model
		 * @param modelName the name of its model
		 * @param ownRatings the ratings that differ from its model's, with their reasons
		 */
		public record Profile(String slug, String name, String model, String modelName, List<OwnRating> ownRatings) {
		}

		/**
		 * A rating of an organisation that differs from its model's.
		 *
		 * @param dimensionName the dimension's name
		 * @param rating the rating from 1 to 5
		 * @param rationale why
		 * @param sources the codes of the references it rests on
		 */
		public record OwnRating(String dimensionName, int rating, String rationale, List<String> sources) {
		}

	}

	/**
	 * The concrete patterns of a model, as the advisor ranks them.
	 *
	 * @param model the slug of the model they are instances of, or {@code null} when
	 * there are none
	 * @param patterns each pattern, by slug, in display order
	 * @param scoring the patterns' ratings, scored like the models'
	 */
	public record Patterns(String model, Map<String, PatternRatings.RatedPattern> patterns, ScoringData scoring) {

		/** None, for a site without patterns. */
		public static final Patterns NONE = new Patterns(null, Map.of(),
				new ScoringData(List.of(), Map.of(), Map.of()));

		/**
		 * Whether there are enough patterns to rank.
		 * @return {@code true} for two or more
		 */
		public boolean rankable() {
			return this.patterns.size() > 1;
		}

	}

	/**
	 * The advisor's data at one moment.
	 *
	 * @param priorities every priority with its weights and their dimensions, in display
	 * order
	 * @param models model names by slug, in display order
	 * @param scoring what the scorer needs
	 * @param organisations the organisations' editorial ratings
	 * @param patterns the concrete patterns' editorial ratings
	 */
	public record Snapshot(List<PrioritySummary> priorities, Map<String, String> models, ScoringData scoring,
			Organisations organisations, Patterns patterns) {

		/**
		 * A snapshot without patterns.
		 * @param priorities the priorities
		 * @param models the models' names by slug
		 * @param scoring the models' ratings
		 * @param organisations the organisations' ratings
		 */
		public Snapshot(List<PrioritySummary> priorities, Map<String, String> models, ScoringData scoring,
				Organisations organisations) {
			this(priorities, models, scoring, organisations, Patterns.NONE);
		}

		/**
		 * The same data with the ratings an older edition kept, to compute a result as it
		 * was then.
		 * @param edition the edition's snapshot
		 * @return the data as of that edition
		 */
		public Snapshot asOf(EditionSnapshot edition) {
			return new Snapshot(this.priorities, this.models, this.scoring.withRatings(edition.models()),
					new Organisations(this.organisations.profiles(),
							this.organisations.scoring().withRatings(edition.organisations())),
					new Patterns(this.patterns.model(), this.patterns.patterns(),
							this.patterns.scoring().withRatings(edition.patterns())));
		}

		/**
		 * The slugs of every priority.
		 * @return the slugs
		 */
		public Set<String> slugs() {
			return this.priorities.stream()
				.map(PrioritySummary::slug)
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		}

		/**
		 * Priorities by slug.
		 * @return the map, in display order
		 */
		public Map<String, PrioritySummary> bySlug() {
			Map<String, PrioritySummary> bySlug = new LinkedHashMap<>();
			this.priorities.forEach((priority) -> bySlug.put(priority.slug(), priority));
			return bySlug;
		}

	}

}
