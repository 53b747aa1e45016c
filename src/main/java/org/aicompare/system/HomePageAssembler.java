package org.aicompare.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.ModelSummary;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Matrix;
import org.aicompare.comparison.MatrixService;
import org.aicompare.content.ChangeSummary;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;

/**
 * Assembles what the home page shows, as plain values, and keeps it for the site
 * revision.
 */
@Service
class HomePageAssembler {

	/**
	 * The source's verdict in its own words: who leads now, what is gaining, what is
	 * likely.
	 */
	static final List<Integer> VERDICT = List.of(215, 216, 228, 229, 200, 213);

	private final DeploymentModelRepository models;

	private final MatrixService matrix;

	private final PassageRepository passages;

	private final ContentVersionRepository versions;

	private final ContentChangeRepository changes;

	HomePageAssembler(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
			ContentVersionRepository versions, ContentChangeRepository changes) {
		this.models = models;
		this.matrix = matrix;
		this.passages = passages;
		this.versions = versions;
		this.changes = changes;
	}

	/**
	 * The home page's content.
	 * @return what it shows
	 */
	@Cacheable("home")
	@Transactional(readOnly = true)
	public HomePage home() {
		List<DeploymentModel> models = this.models.findAllByOrderByPosition();
		List<Integer> cited = new ArrayList<>(VERDICT);
		models.forEach((each) -> cited.addAll(each.getCharacteristics()));
		return new HomePage(VERDICT, models.stream().map(DeploymentModel::toSummary).toList(), this.matrix.matrix(),
				Citations.of(this.passages.findByNumberInOrderByNumber(cited)), this.versions.current().getVersion(),
				this.changes.findAllByOrderByChangedOnDescIdDesc()
					.stream()
					.findFirst()
					.map((change) -> new ChangeSummary(change.getChangedOn(), change.getSummary()))
					.orElse(null));
	}

	/**
	 * What the home page shows.
	 *
	 * @param verdict the passages of the source's verdict, in the order shown
	 * @param models the models, in display order
	 * @param matrix the whole matrix
	 * @param citations the passages it quotes
	 * @param contentVersion the content version
	 * @param latestChange the latest change to the content, or {@code null}
	 */
	record HomePage(List<Integer> verdict, List<ModelSummary> models, Matrix matrix, Citations citations,
			String contentVersion, ChangeSummary latestChange) {

	}

}
