package org.aicompare.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.comparison.Matrix;
import org.aicompare.comparison.MatrixService;
import org.aicompare.content.ContentChange;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;

/**
 * Assembles what the home page shows and keeps it for the site revision.
 *
 * @author aicompare
 */
@Service
class HomePages {

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

	HomePages(DeploymentModelRepository models, MatrixService matrix, PassageRepository passages,
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
		return new HomePage(models, this.matrix.matrix(),
				Citations.of(this.passages.findByNumberInOrderByNumber(cited)), this.versions.current().getVersion(),
				this.changes.findAllByOrderByChangedOnDescIdDesc().stream().findFirst().orElse(null));
	}

	/**
	 * What the home page shows.
	 *
	 * @param models the models, in display order
	 * @param matrix the whole matrix
	 * @param citations the passages it quotes
	 * @param contentVersion the content version
	 * @param latestChange the latest change to the content, or {@code null}
	 */
	record HomePage(List<DeploymentModel> models, Matrix matrix, Citations citations, String contentVersion,
			ContentChange latestChange) {

	}

}
