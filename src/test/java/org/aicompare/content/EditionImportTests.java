package org.aicompare.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.aicompare.edition.EditionChange;
import org.aicompare.edition.EditionHistory;
import org.aicompare.edition.EditionIndex;
import org.aicompare.edition.EditionItem;
import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.EditionRecorder;
import org.aicompare.edition.EditionRepository;
import org.aicompare.edition.EditionView;
import org.aicompare.edition.Editions;
import org.aicompare.revision.SiteRevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a content import publishes an edition exactly when a rating, a fact, a
 * reference or a pattern changed, with the change it made, and that instances importing
 * together publish it once. Each test commits, so each puts the shipped content back when
 * it ends (an edition of its own).
 */
@DataJpaTest
@Import({ SeededContent.class, Editions.class, EditionHistory.class, EditionIndex.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EditionImportTests {

	private static final String[] FILES = { "source.txt", "content.yml", "models.yml", "matrix.yml", "priorities.yml",
			"articles.yml", "organisations.yml", "facts.yml", "comments.yml", "buyer.yml", "corrections.yml",
			"hybrid-patterns.yml", "spectrum.yml" };

	private static final String CONTROL = "        rating: 1\n        rationale: \"One company controls the roadmap";

	private static final String NEW_ENTRY = "changes:\n  - date: \"2026-12-03\"\n"
			+ "    summary: \"Centralized AI's control raised after challenge 3.\"\n    answers: [3]\n";

	@TempDir
	Path edited;

	@Autowired
	private ContentImporter shipped;

	@Autowired
	private ContentVersionRepository versions;

	@Autowired
	private ContentChangeRepository changes;

	@Autowired
	private ContentParts parts;

	@Autowired
	private ContentTables tables;

	@Autowired
	private SiteRevision revision;

	@Autowired
	private EditionRecorder recorder;

	@Autowired
	private EditionRepository editionRows;

	@Autowired
	private Editions editions;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private int start;

	@BeforeEach
	void rememberTheNewestEdition() {
		this.start = this.editions.current().orElseThrow();
	}

	/**
	 * Put the shipped content back, and remove the editions the test published (with the
	 * one that put it back), so other tests on the same database see the shipped editions
	 * only.
	 */
	@AfterEach
	void restoreTheShippedContent() {
		this.shipped.importIfChanged();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.editionRows.findAll()
			.stream()
			.filter((edition) -> edition.getNumber() > this.start)
			.forEach(this.editionRows::delete));
	}

	@Test
	void theShippedContentIsAnEdition() {
		EditionView first = this.editions.all().get(this.editions.all().size() - 1);
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.first()).isTrue();
		assertThat(first.changes()).isEmpty();
		assertThat(first.summary()).isNotBlank();
		assertThat(this.editions.snapshot(1)).hasValueSatisfying((snapshot) -> {
			assertThat(snapshot.models().get("control")).containsEntry("centralized", 1).containsEntry("hybrid", 3);
			assertThat(snapshot.organisations().get("control")).containsEntry("amazon-ai", 2)
				.containsEntry("openai", 1);
			assertThat(snapshot.items()).extracting(EditionItem::kind)
				.contains(EditionItem.Kind.RATING, EditionItem.Kind.FACT, EditionItem.Kind.REFERENCE,
						EditionItem.Kind.PATTERN);
		});
	}

	@Test
	void changingOneRatingMakesAnEditionWithExactlyThatChange() throws IOException {
		int before = this.editions.current().orElseThrow();
		ContentImporter importer = importerWith((file, text) -> switch (file) {
			case "matrix.yml" -> replaceOnce(text, CONTROL, CONTROL.replace("rating: 1", "rating: 3"));
			case "content.yml" -> replaceOnce(text, "changes:\n", NEW_ENTRY);
			default -> text;
		});
		assertThat(inTransaction(importer)).isTrue();
		EditionView edition = this.editions.all().get(0);
		assertThat(edition.number()).isEqualTo(before + 1);
		assertThat(edition.summary()).isEqualTo("Centralized AI's control raised after challenge 3.");
		assertThat(edition.answers()).containsExactly(3L);
		assertThat(this.editions.editionAnswering(3)).hasValue(before + 1);
		assertThat(edition.changes()).singleElement().satisfies((change) -> {
			assertThat(change.key()).isEqualTo(EditionKeys.matrixRating("control", "centralized"));
			assertThat(change.type()).isEqualTo(EditionChange.Type.CHANGED);
			assertThat(change.from()).isEqualTo("1");
			assertThat(change.to()).isEqualTo("3");
			assertThat(change.reason()).startsWith("One company controls the roadmap");
			assertThat(change.page()).isEqualTo("/compare#dimension-control");
		});
		assertThat(this.editions.lastChanged()).containsEntry(EditionKeys.matrixRating("control", "centralized"),
				before + 1);
		assertThat(this.editions.snapshot(before + 1).orElseThrow().organisations().get("control"))
			.containsEntry("openai", 3);
		assertThat(this.editions.ratingChangesSince(before, List.of("control"))).hasSize(1);
		assertThat(this.editions.ratingChangesSince(before, List.of("speed"))).isEmpty();
	}

	@Test
	void anImportThatChangesOnlyWordingMakesNoEdition() throws IOException {
		long count = this.editionRows.count();
		ContentImporter importer = importerWith((file, text) -> file.equals("priorities.yml")
				? text.replace("New features, updates and fixes arrive quickly.", "Edited description.") : text);
		assertThat(inTransaction(importer)).isTrue();
		assertThat(this.editionRows.count()).isEqualTo(count);
	}

	@Test
	void aFactWhoseTextChangedIsOneChangeFromTheOldTextToTheNew() throws IOException {
		ContentImporter importer = importerWith((file, text) -> file.equals("facts.yml")
				? replaceOnce(text, "text: \"GPT models\"", "text: \"GPT and o-series models\"") : text);
		assertThat(inTransaction(importer)).isTrue();
		EditionView edition = this.editions.all().get(0);
		assertThat(edition.summary()).as("the change log has no new entry").isEmpty();
		assertThat(edition.changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(EditionItem.Kind.FACT);
			assertThat(change.type()).isEqualTo(EditionChange.Type.CHANGED);
			assertThat(change.from()).isEqualTo("GPT models");
			assertThat(change.to()).isEqualTo("GPT and o-series models");
			assertThat(change.owner()).isEqualTo(EditionKeys.organisation("openai"));
		});
		assertThat(this.editions.changesOf(EditionKeys.organisation("openai"))).isNotEmpty();
	}

	@Test
	void twoImportersStartingTogetherPublishOneEdition() throws Exception {
		long count = this.editionRows.count();
		int before = this.editions.current().orElseThrow();
		List<ContentImporter> importers = List.of(edited(), edited());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (ContentImporter importer : importers) {
				results.add(pool.submit(() -> {
					start.await();
					return inTransaction(importer);
				}));
			}
			int imported = 0;
			for (Future<Boolean> result : results) {
				try {
					imported += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					// The database may give up waiting for the lock: that importer
					// rolled back and imported nothing.
					assertThat(ex).rootCause().hasMessageContaining("Timeout");
				}
			}
			assertThat(imported).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.editionRows.count()).isEqualTo(count + 1);
		assertThat(this.editions.current()).hasValue(before + 1);
	}

	private ContentImporter edited() throws IOException {
		return importerWith((file, text) -> file.equals("matrix.yml")
				? replaceOnce(text, CONTROL, CONTROL.replace("rating: 1", "rating: 3")) : text);
	}

	private static String replaceOnce(String text, String from, String to) {
		assertThat(text).contains(from);
		return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
	}

	private boolean inTransaction(ContentImporter importer) {
		return Boolean.TRUE
			.equals(new TransactionTemplate(this.transactionManager).execute((status) -> importer.importIfChanged()));
	}

	private ContentImporter importerWith(ContentImporterTests.Edit edit) throws IOException {
		for (String file : FILES) {
			String text = new ClassPathResource("content/" + file).getContentAsString(StandardCharsets.UTF_8);
			Files.writeString(this.edited.resolve(file), edit.apply(file, text), StandardCharsets.UTF_8);
		}
		ContentFiles files = new ContentFiles(new DefaultResourceLoader(),
				new ContentProperties(this.edited.toUri().toString(), false));
		return new ContentImporter(files, this.versions, this.changes, this.parts, this.tables, this.revision,
				Clock.systemUTC(), this.recorder);
	}

}
