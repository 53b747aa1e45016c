package org.aicompare.hybrid;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every hybrid pattern as plain values, read in one statement and kept for the site
 * revision. Profiles, the organisation list, the advisor and the pattern pages all read
 * it, so it is loaded once for the whole site.
 */
@Service
public class HybridCatalogue {

	/** The slug of the model the patterns are instances of. */
	public static final String MODEL = "hybrid";

	private final HybridPatternRepository patterns;

	HybridCatalogue(HybridPatternRepository patterns) {
		this.patterns = patterns;
	}

	/**
	 * Every pattern.
	 * @return the patterns in display order
	 */
	@Cacheable("hybrid-patterns")
	@Transactional(readOnly = true)
	public Catalogue catalogue() {
		return new Catalogue(this.patterns.findCatalogue().stream().map(PatternSummary::of).toList());
	}

	/**
	 * The hybrid patterns.
	 *
	 * @param patterns every pattern, in display order
	 */
	public record Catalogue(List<PatternSummary> patterns) {

		/**
		 * One pattern.
		 * @param slug its slug
		 * @return the pattern, or empty for an unknown slug
		 */
		public Optional<PatternSummary> find(String slug) {
			return this.patterns.stream().filter((pattern) -> pattern.slug().equals(slug)).findFirst();
		}

		/**
		 * Every pattern's slug.
		 * @return the slugs, in display order
		 */
		public List<String> slugs() {
			return this.patterns.stream().map(PatternSummary::slug).toList();
		}

		/**
		 * The patterns an organisation takes part in.
		 * @param organisation the organisation's slug
		 * @return the patterns, in display order
		 */
		public List<PatternSummary> withOrganisation(String organisation) {
			return this.patterns.stream()
				.filter((pattern) -> pattern.parties()
					.stream()
					.anyMatch((party) -> organisation.equals(party.organisation())))
				.toList();
		}

	}

}
