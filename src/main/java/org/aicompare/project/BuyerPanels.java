package org.aicompare.project;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceKind;
import org.aicompare.source.ReferenceRepository;

/**
 * Assembles what a business reads before it signs: every organisation's "For a business"
 * panel and its Transparency Index history, as plain records, in four statements, kept
 * for the site revision. The profile, the comparison, the filter, the API and the CSV all
 * show these records.
 */
@Service
public class BuyerPanels {

	/** The code of the reference to the Transparency Index's own data files. */
	public static final String INDEX_REFERENCE = "CP-R1";

	private final OrganisationRepository organisations;

	private final BuyerAnswerRepository answers;

	private final TransparencyEditionRepository editions;

	private final TransparencyScoreRepository scores;

	private final ReferenceRepository references;

	BuyerPanels(OrganisationRepository organisations, BuyerAnswerRepository answers,
			TransparencyEditionRepository editions, TransparencyScoreRepository scores,
			ReferenceRepository references) {
		this.organisations = organisations;
		this.answers = answers;
		this.editions = editions;
		this.scores = scores;
		this.references = references;
	}

	/**
	 * Every organisation's panel and index history.
	 * @return the panels
	 */
	@Cacheable("buyer-panels")
	@Transactional(readOnly = true)
	public Panels panels() {
		Map<String, ReferenceLink> links = this.references.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Reference::getCode, ReferenceLink::of, (one, other) -> one, LinkedHashMap::new));
		Map<String, List<BuyerPanel.Row>> rows = new LinkedHashMap<>();
		for (BuyerAnswer answer : this.answers.findAllWithOrganisation()) {
			rows.computeIfAbsent(answer.getOrganisation().getSlug(), (slug) -> new ArrayList<>())
				.add(new BuyerPanel.Row(answer.getQuestion(), answer.getFinding(), answer.getText(),
						answer.getSources().stream().map(links::get).filter((link) -> link != null).toList(),
						answer.getAsOf()));
		}
		Map<String, BuyerPanel> panels = new LinkedHashMap<>();
		for (Organisation organisation : this.organisations.findAllByOrderByPosition()) {
			List<BuyerPanel.Row> own = rows.getOrDefault(organisation.getSlug(), List.of())
				.stream()
				.sorted((one, other) -> one.question().compareTo(other.question()))
				.toList();
			panels.put(organisation.getSlug(), new BuyerPanel(organisation.getSlug(), organisation.getName(), own));
		}
		List<TransparencyHistory.Edition> editions = this.editions.findAllByOrderByPosition()
			.stream()
			.map((edition) -> new TransparencyHistory.Edition(edition.getCode(), edition.getName(),
					edition.getMean().setScale(1, RoundingMode.HALF_UP).toPlainString(), edition.getDevelopers()))
			.toList();
		Map<String, List<TransparencyHistory.Score>> scores = new LinkedHashMap<>();
		for (TransparencyScore score : this.scores.findAllWithEditions()) {
			scores.computeIfAbsent(score.getOrganisation().getSlug(), (slug) -> new ArrayList<>())
				.add(new TransparencyHistory.Score(score.getEdition().getCode(), score.getScore(), score.getModel()));
		}
		Set<String> notPrimary = links.values()
			.stream()
			.filter((link) -> link.kind() != ReferenceKind.PRIMARY)
			.map(ReferenceLink::code)
			.collect(Collectors.toUnmodifiableSet());
		return new Panels(Map.copyOf(panels), List.copyOf(panels.keySet()), editions, Map.copyOf(scores), notPrimary,
				List.copyOf(links.values()));
	}

	/**
	 * Every panel and index history, with what the pages need to label references.
	 *
	 * @param bySlug each organisation's panel, by slug
	 * @param order the organisations' slugs in display order
	 * @param editions the index's editions, oldest first
	 * @param scores each rated organisation's scores, by slug
	 * @param notPrimaryCodes the codes of every reference that is not primary, to label a
	 * fact resting only on them
	 * @param references every reference, in the sources page's order
	 */
	public record Panels(Map<String, BuyerPanel> bySlug, List<String> order, List<TransparencyHistory.Edition> editions,
			Map<String, List<TransparencyHistory.Score>> scores, Set<String> notPrimaryCodes,
			List<ReferenceLink> references) {

		/**
		 * One organisation's panel.
		 * @param slug the organisation's slug
		 * @return its panel; an empty one for an organisation without answers
		 */
		public BuyerPanel panel(String slug) {
			return this.bySlug.getOrDefault(slug, new BuyerPanel(slug, slug, List.of()));
		}

		/**
		 * One organisation's index history.
		 * @param slug the organisation's slug
		 * @return its history, without scores if the index did not rate it
		 */
		public TransparencyHistory history(String slug) {
			return new TransparencyHistory(this.editions, this.scores.getOrDefault(slug, List.of()),
					this.references.stream()
						.filter((link) -> link.code().equals(INDEX_REFERENCE))
						.findFirst()
						.orElse(null));
		}

		/**
		 * Some organisations against the requirements asked for.
		 * @param required the requirements, possibly none
		 * @param slugs the organisations' slugs, in display order
		 * @return the filter
		 */
		public RequirementFilter filter(List<Requirement> required, List<String> slugs) {
			List<RequirementFilter.Result> results = new ArrayList<>();
			for (String slug : slugs) {
				BuyerPanel panel = panel(slug);
				List<RequirementFilter.Check> checks = required.stream().map((requirement) -> {
					BuyerPanel.Row row = panel.row(requirement.question());
					return new RequirementFilter.Check(requirement,
							requirement.statusOf((row != null) ? row.finding() : null),
							(row != null) ? row.asOf() : null);
				}).toList();
				results.add(new RequirementFilter.Result(slug, panel.name(),
						RequirementStatus.ofAll(checks.stream().map(RequirementFilter.Check::status).toList()),
						checks));
			}
			return new RequirementFilter(List.copyOf(required), List.copyOf(results));
		}

		/**
		 * The questions any of some organisations' panels answer, in question order.
		 * @param slugs the organisations' slugs
		 * @return the questions
		 */
		public List<BuyerQuestion> questionsOf(List<String> slugs) {
			Set<BuyerQuestion> asked = slugs.stream()
				.flatMap((slug) -> panel(slug).rows().stream())
				.map(BuyerPanel.Row::question)
				.collect(Collectors.toSet());
			return Arrays.stream(BuyerQuestion.values()).filter(asked::contains).toList();
		}

		/**
		 * The references by code.
		 * @return every reference, by its code
		 */
		public Map<String, ReferenceLink> referencesByCode() {
			return this.references.stream()
				.collect(Collectors.toMap(ReferenceLink::code, Function.identity(), (one, other) -> one,
						LinkedHashMap::new));
		}

	}

}
