package org.aicompare.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.aicompare.edition.EditionItem;
import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.EditionNote;
import org.aicompare.edition.EditionRecorder;
import org.aicompare.edition.EditionRepository;
import org.aicompare.edition.EditionSnapshot;
import org.aicompare.edition.Editions;
import org.aicompare.revision.SiteRevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editions in a real browser at desktop and phone widths: {@code /changes} with an
 * edition that re-rated centralized AI on control, and an advisor result from the edition
 * before, which shows the result as it was, today's beside it and the change. The test
 * publishes that edition itself and removes it afterwards.
 */
class EditionBrowserTests extends BrowserTestSupport {

	@Autowired
	private Editions editions;

	@Autowired
	private EditionRecorder recorder;

	@Autowired
	private EditionRepository rows;

	@Autowired
	private SiteRevision revision;

	@Autowired
	private PlatformTransactionManager transactions;

	private int older;

	private int published;

	@BeforeAll
	void publishAnEditionThatReratesControl() {
		this.older = this.editions.current().orElseThrow();
		EditionSnapshot now = this.editions.snapshot(this.older).orElseThrow();
		Map<String, Map<String, Integer>> models = new LinkedHashMap<>(now.models());
		Map<String, Integer> control = new LinkedHashMap<>(models.get("control"));
		control.put("centralized", 3);
		models.put("control", control);
		List<EditionItem> items = new ArrayList<>();
		String key = EditionKeys.matrixRating("control", "centralized");
		now.items()
			.forEach((item) -> items.add(item.key().equals(key) ? new EditionItem(item.key(), item.kind(), item.owner(),
					item.page(), item.pageTitle(), item.subject(), item.dimension(), "3",
					"Customers now share governance of the models they run.") : item));
		this.published = new TransactionTemplate(this.transactions).execute((status) -> {
			int number = this.recorder
				.record(new EditionSnapshot(models, now.organisations(), now.patterns(), items),
						new EditionNote("Centralized AI re-rated on control after challenge 3.", List.of(3L)))
				.orElseThrow();
			this.revision.raise();
			return number;
		});
	}

	@AfterAll
	void removeThatEdition() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.rows.delete(this.rows.findByNumber(this.published).orElseThrow());
			this.revision.raise();
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void theChangesPageListsTheEditionNewestFirstWithTheRatingFromAndTo(int width) {
		Page page = open("/changes", width, "changes");
		assertThat(page.locator("article.edition").first().getAttribute("id")).isEqualTo("edition-" + this.published);
		String edition = page.locator("#edition-" + this.published).textContent();
		assertThat(edition).contains("Centralized AI re-rated on control after challenge 3.", "challenge 3",
				"The comparison matrix: Control",
				"Centralized AI: from 1 to 3: Customers now share governance of the models they run.");
		assertThat(page.locator("#edition-1").textContent()).contains("The first edition");
		page.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { DESKTOP, PHONE })
	void anOlderAdvisorResultShowsTheResultThenTodaysAndWhatChanged(int width) {
		Page page = open("/advisor?priority=data-ownership:3&edition=" + this.older, width, "advisor-older-edition");
		String older = page.locator("#older").textContent();
		assertThat(older).contains("A result computed under edition " + this.older,
				"Ratings have changed since: the current edition is " + this.published, "Today (edition",
				"Centralized AI: from 1 to 3");
		assertThat(page.locator("a[href^='/advisor.json?'][href$='edition=" + this.older + "']").count()).isOne();
		page.close();
	}

}
