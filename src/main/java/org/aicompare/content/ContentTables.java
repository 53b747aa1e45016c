package org.aicompare.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

import org.aicompare.about.CorrectionRepository;
import org.aicompare.article.ArticleRepository;
import org.aicompare.article.ArticleSectionRepository;
import org.aicompare.comparison.CellEvidenceRepository;
import org.aicompare.comparison.CellRepository;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.hybrid.HybridPatternRepository;
import org.aicompare.hybrid.PatternAxisRepository;
import org.aicompare.hybrid.PatternPartyRepository;
import org.aicompare.hybrid.PatternRatingRepository;
import org.aicompare.priority.PresetRepository;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.priority.PriorityWeightRepository;
import org.aicompare.project.BuyerAnswerRepository;
import org.aicompare.project.FactRepository;
import org.aicompare.project.OrganisationRatingRepository;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.project.ProductRepository;
import org.aicompare.project.SpectrumRatingRepository;
import org.aicompare.project.StatedClaimRepository;
import org.aicompare.project.TransparencyEditionRepository;
import org.aicompare.project.TransparencyScoreRepository;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.ReferenceRepository;

/**
 * The repositories of every table a content import replaces. Comments are not among them.
 */
@Component
record ContentTables(PassageRepository passages, ReferenceRepository references, DeploymentModelRepository models,
		DimensionRepository dimensions, CellRepository cells, CellEvidenceRepository evidence,
		PriorityRepository priorities, PriorityWeightRepository weights, PresetRepository presets,
		ArticleRepository articles, ArticleSectionRepository sections, OrganisationRepository organisations,
		OrganisationRatingRepository ratings, ProductRepository products, FactRepository facts,
		ContentChangeRepository changes, BuyerAnswerRepository buyerAnswers, TransparencyScoreRepository scores,
		TransparencyEditionRepository editions, CorrectionRepository corrections, PatternAxisRepository patternAxes,
		PatternRatingRepository patternRatings, PatternPartyRepository patternParties, HybridPatternRepository patterns,
		SpectrumRatingRepository spectrumRatings, StatedClaimRepository statedClaims) {

	/**
	 * The repositories, children before their parents, so bulk deletes break no foreign
	 * key.
	 * @return the repositories in delete order
	 */
	List<JpaRepository<?, ?>> inDeleteOrder() {
		return List.of(this.spectrumRatings, this.statedClaims, this.patternAxes, this.patternRatings,
				this.patternParties, this.patterns, this.evidence, this.cells, this.weights, this.presets,
				this.priorities, this.ratings, this.dimensions, this.buyerAnswers, this.scores, this.editions,
				this.facts, this.products, this.organisations, this.models, this.sections, this.articles, this.passages,
				this.references, this.changes, this.corrections);
	}

}
